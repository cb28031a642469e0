'use strict';
// performance.now() and timeOrigin: monotonic, relative to process start.
const { performance: p } = require('perf_hooks');
console.log(p === performance, typeof performance.now(), performance.now() > 0);
const a = performance.now();
const b = performance.now();
console.log(b >= a);
const origin = performance.timeOrigin;
console.log(typeof origin, Math.abs(origin + performance.now() - Date.now()) < 50);
console.log(performance.now() < 60000);
const start = performance.now();
setTimeout(() => {
  const elapsed = performance.now() - start;
  console.log('timer elapsed >= 30ms', elapsed >= 29, elapsed < 5000);
}, 30);
try {
  const now = performance.now;
  now();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  new (require('perf_hooks').Performance)();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(Object.prototype.toString.call(performance), performance instanceof EventTarget);
const json = performance.toJSON();
console.log(Object.keys(json), typeof json.timeOrigin);
const desc = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(performance), 'now');
console.log(desc.enumerable, performance.now.length, performance.mark.length, performance.measure.length);
