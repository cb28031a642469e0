'use strict';
// MaxListenersExceededWarning for EventTargets: once per target.
const { setMaxListeners, getMaxListeners } = require('events');
process.on('warning', (w) => console.log(w.name, '|', w.message, '|', w.type, w.count, w.target !== undefined));
const et = new EventTarget();
console.log(getMaxListeners(et));
for (let i = 0; i < 12; i++) et.addEventListener('y', () => {});
for (let i = 0; i < 12; i++) et.addEventListener('z', () => {});
class MyTarget extends EventTarget {}
const m = new MyTarget();
setMaxListeners(1, m);
console.log(getMaxListeners(m));
m.addEventListener('w', () => {});
m.addEventListener('w', () => {});
const s = new AbortController().signal;
setMaxListeners(1, s);
s.addEventListener('abort', () => {});
s.addEventListener('abort', () => {});
