'use strict';
// timerify on a function returning a promise times it until it settles:
// the entry and the histogram sample come when the promise settles, and the
// caller gets a new promise (from finally) that settles after them.
// Non-promise results (thenables included) are timed synchronously.
const { performance, PerformanceObserver, createHistogram } = require('perf_hooks');

const entries = [];
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) entries.push(`${e.name} long=${e.duration >= 25} detail=${JSON.stringify(e.detail)}`);
});
obs.observe({ type: 'function' });

let inner;
async function slow(x) {
  await new Promise((resolve) => setTimeout(resolve, 40));
  return x * 2;
}
function failing() {
  inner = Promise.reject(new Error('no'));
  return inner;
}
function thenable() {
  return { then(resolve) { resolve(5); } };
}

const histogram = createHistogram();
const timedSlow = performance.timerify(slow, { histogram });
const result = timedSlow(4);
console.log('is promise', result instanceof Promise, 'samples now', histogram.count);
const timedFailing = performance.timerify(failing);
const rejected = timedFailing();
console.log('same promise', rejected === inner);
rejected.catch((err) => console.log('caught', err.message));
console.log('thenable passes through', typeof performance.timerify(thenable)().then);

result.then((value) => {
  console.log('value', value, 'samples', histogram.count, 'at least 25ms', histogram.min >= 25e6);
  setImmediate(() => {
    obs.disconnect();
    console.log(entries.sort().join('\n'));
  });
});
