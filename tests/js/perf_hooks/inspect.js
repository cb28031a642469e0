'use strict';
// util.inspect of perf_hooks objects (values that vary are left out).
const util = require('util');
const { createHistogram, monitorEventLoopDelay, timerify } = require('perf_hooks');
const shallow = (v) => util.inspect(v, { depth: -1 });
console.log(shallow(performance.mark('m', { startTime: 1 })), shallow(performance.measure('s', { start: 1, end: 2 })));
console.log(shallow(performance), shallow(performance.nodeTiming), shallow(createHistogram()),
  shallow(monitorEventLoopDelay()), shallow(new PerformanceObserver(() => {})));
console.log(new PerformanceObserver(() => {}));
const h = createHistogram();
h.record(3);
console.log(h);
console.log(Object.prototype.toString.call(performance.mark('t')), Object.prototype.toString.call(h));
console.log(Object.keys(util.inspect(performance).includes('eventLoopUtilization') ? { yes: 1 } : {}));
const obs = new PerformanceObserver((list) => {
  const [entry] = list.getEntries();
  console.log(entry.constructor.name, entry.name, entry.entryType, entry[0], entry[1], entry.detail);
  console.log(Object.keys(entry), Object.keys(entry.toJSON()));
  obs.disconnect();
});
obs.observe({ entryTypes: ['function'] });
timerify(function work(a, b) { return a + b; })(1, 'two');
