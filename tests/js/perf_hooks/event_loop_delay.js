'use strict';
// monitorEventLoopDelay: an unref'd sampling timer records loop delays in
// nanoseconds while enabled.
const { monitorEventLoopDelay } = require('perf_hooks');
const { attempt } = require('../fixtures/attempt');
attempt('resolution 0', () => monitorEventLoopDelay({ resolution: 0 }));
attempt('resolution x', () => monitorEventLoopDelay({ resolution: 'x' }));
attempt('options 1', () => monitorEventLoopDelay(1));

const idle = monitorEventLoopDelay();
console.log(idle.enable(), idle.enable(), idle.disable(), idle.disable(), idle.count);

// Enabled and never disabled: the timer must not keep the process alive.
monitorEventLoopDelay({ resolution: 5 }).enable();

const h = monitorEventLoopDelay({ resolution: 10 });
h.enable();
// Block the loop once sampling is under way.
setTimeout(() => {
  const until = Date.now() + 60;
  while (Date.now() < until);
}, 30);
setTimeout(() => {
  h.disable();
  console.log(h.count > 0, h.min > 0, h.max >= h.min, h.max >= 40e6, h.mean > 0, h.stddev >= 0);
  console.log(h.percentile(50) > 0, h.percentiles.size > 0, typeof h.exceeds);
  const count = h.count;
  setTimeout(() => console.log('no samples after disable', h.count === count), 40);
}, 200);
