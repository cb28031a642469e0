'use strict';
// onabort: one listener slot from the first assignment; null keeps the slot;
// a throwing abort listener does not stop the others.
const { getEventListeners } = require('events');
const ac = new AbortController();
const h = () => console.log('onabort');
ac.signal.onabort = h;
const l = getEventListeners(ac.signal, 'abort');
console.log(l.length, l[0] === h, typeof l[0]);
ac.signal.dispatchEvent(new Event('abort'));
console.log(ac.signal.aborted);
ac.signal.onabort = null;
console.log(getEventListeners(ac.signal, 'abort').length);
const ac2 = new AbortController();
ac2.signal.onabort = { handleEvent() { console.log('object handler') } };
ac2.abort();
const et = new EventTarget();
console.log('onabort' in et, 'onabort' in ac.signal);
// throw in abort listener
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
const ac3 = new AbortController();
ac3.signal.addEventListener('abort', () => { throw new Error('in abort listener') });
ac3.signal.addEventListener('abort', () => console.log('after throwing'));
ac3.abort(); console.log('abort returned');
const s = AbortSignal.any([ac3.signal]); console.log(s.aborted, s.reason.name);
console.log(AbortSignal.abort() instanceof EventTarget, AbortSignal.prototype instanceof EventTarget);
