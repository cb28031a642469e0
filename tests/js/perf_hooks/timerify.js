'use strict';
// timerify: wraps a function, reports 'function' entries to observers and
// records durations into a histogram.
const { timerify, createHistogram, performance: p } = require('perf_hooks');
const { attempt } = require('../fixtures/attempt');
function add(a, b) { return a + b; }
const t = timerify(add);
console.log(t.name, t.length, t(1, 2), t === timerify(add), p.timerify === timerify);
attempt('not a function', () => timerify(1));
attempt('bad histogram', () => timerify(add, { histogram: 1 }));
const h = createHistogram();
const th = timerify(add, { histogram: h });
th(1, 1);
th(2, 2);
console.log('histogram count', h.count, h.min >= 1);
class Box {
  constructor(v) { this.v = v; }
}
const TBox = timerify(Box);
const box = new TBox(3);
console.log(box.v, box instanceof Box);
function self() { return this; }
const obj = { m: timerify(self) };
console.log(obj.m() === obj);
const seen = [];
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    seen.push([e.name, e.entryType, typeof e.startTime, e.duration >= 0, Array.isArray(e.detail), e.detail.length]);
  }
  console.log(seen);
  obs.disconnect();
});
obs.observe({ entryTypes: ['function'] });
t(5, 6);
new TBox(1);
console.log('function entries not buffered', performance.getEntries().length);
