'use strict';
// addEventListener's signal option.
const et = new EventTarget();
const ac = new AbortController();
et.addEventListener('q', () => console.log('q'), { signal: ac.signal });
et.dispatchEvent(new Event('q'));
ac.abort();
et.dispatchEvent(new Event('q'));
et.addEventListener('q', () => console.log('never: signal already aborted'), { signal: ac.signal });
et.dispatchEvent(new Event('q'));
const { getEventListeners } = require('events');
console.log(getEventListeners(et, 'q').length);
try {
  et.addEventListener('q', () => {}, { signal: 1 });
} catch (err) {
  console.log(err.code, err.message);
}
