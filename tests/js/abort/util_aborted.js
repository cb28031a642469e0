'use strict';
// util.aborted() and events.addAbortListener().
const util = require('util');
const { addAbortListener } = require('events');
const ac = new AbortController();
util.aborted(ac.signal, {}).then(() => console.log('util.aborted resolved'));
const disposable = addAbortListener(ac.signal, (e) => console.log('abort listener', e.type));
console.log(typeof disposable[Symbol.dispose]);
const ac2 = new AbortController();
const d2 = addAbortListener(ac2.signal, () => console.log('never: disposed'));
d2[Symbol.dispose]();
ac2.abort();
ac.abort();
addAbortListener(AbortSignal.abort(), () => console.log('already aborted: called later'));
console.log('sync end');
util.aborted(AbortSignal.abort(), {}).then(() => console.log('already aborted resolves'));
for (const [label, fn] of [
  ['aborted(1)', () => util.aborted(1, {})],
  ['aborted(signal, 1)', () => util.aborted(new AbortController().signal, 1)],
  ['addAbortListener()', () => addAbortListener()],
  ['addAbortListener(signal)', () => addAbortListener(new AbortController().signal)],
  ['addAbortListener({})', () => addAbortListener({}, () => {})],
]) {
  try {
    const r = fn();
    if (r && typeof r.then === 'function') {
      r.catch((err) => console.log(label, 'rejects', err.code, err.message));
    } else {
      console.log(label, 'ok');
    }
  } catch (err) {
    console.log(label, err.code, err.message);
  }
}
