'use strict';
// assert.CallTracker (deprecated): counting, getCalls, report, verify,
// reset, argument errors and the deprecation warning.
const assert = require('assert');

process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const tracker = new assert.CallTracker();
function foo(a) {
  return a * 2;
}
const counted = tracker.calls(foo, 2);
const noop = tracker.calls();
console.log(counted(3), counted.name, counted.length, noop(), noop.name);
const calls = tracker.getCalls(counted);
console.log(calls, Object.isFrozen(calls), Object.isFrozen(calls[0]));
const report = tracker.report();
console.log(report.length, report[0].message, report[0].actual, report[0].expected, report[0].operator,
            report[0].stack instanceof Error);
try {
  tracker.verify();
} catch (e) {
  console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage);
}
counted(1);
tracker.verify();
console.log('verified');
tracker.calls(function bar() {}, 1);
tracker.calls(3);
try {
  tracker.verify();
} catch (e) {
  console.log(JSON.stringify(e.message));
}
tracker.reset(counted);
console.log(tracker.getCalls(counted).length, tracker.report().map((r) => r.operator));
for (const bad of [() => tracker.reset(foo), () => tracker.getCalls(foo), () => tracker.calls(foo, 0.5),
  () => tracker.calls(foo, -1)]) {
  try {
    bad();
  } catch (e) {
    console.log(e.code, e.message);
  }
}
const Made = tracker.calls(function Made() {
  this.v = 1;
});
console.log(new Made().v);
tracker.reset();
console.log(tracker.report().length);
