'use strict';
// MaxListenersExceededWarning for emitters: once per event name.
const EventEmitter = require('events');
process.on('warning', (w) => {
  console.log(w.name, '|', w.message, '|', w.emitter instanceof EventEmitter, String(w.type), w.count);
});
const e = new EventEmitter();
console.log(e.getMaxListeners(), EventEmitter.defaultMaxListeners);
for (let i = 0; i < 11; i++) e.on('leak', () => {});
for (let i = 0; i < 12; i++) e.on('leak', () => {});
for (let i = 0; i < 11; i++) e.on('other', () => {});
const sym = Symbol('sym');
for (let i = 0; i < 11; i++) e.on(sym, () => {});
class Mine extends EventEmitter {}
const m = new Mine();
console.log(m.setMaxListeners(1) === m, m.getMaxListeners());
m.on('a', () => {});
m.on('a', () => {});
const z = new EventEmitter();
z.setMaxListeners(0);
for (let i = 0; i < 20; i++) z.on('a', () => {});
const { setMaxListeners, getMaxListeners } = EventEmitter;
const s = new EventEmitter();
setMaxListeners(2, s);
console.log(getMaxListeners(s));
s.on('b', () => {});
s.on('b', () => {});
s.on('b', () => {});
