'use strict';
// eventLoopUtilization counts the loop's waits for events as idle time:
// all zero while the main script runs (loopStart -1), idle only grows
// across waits (never inside a callback), and two arguments give the
// first minus the second.
const { performance, eventLoopUtilization } = require('perf_hooks');
const { nodeTiming } = performance;

console.log('alias', performance.eventLoopUtilization === eventLoopUtilization);
console.log('before loop', JSON.stringify(eventLoopUtilization()), nodeTiming.loopStart, nodeTiming.idleTime);
const synthetic = [{ idle: 10, active: 30 }, { idle: 4, active: 6 }];
console.log('pair', JSON.stringify(eventLoopUtilization(...synthetic)));
console.log('pair reversed', JSON.stringify(eventLoopUtilization(synthetic[1], synthetic[0])));

setTimeout(() => {
  const first = eventLoopUtilization();
  console.log('pair', JSON.stringify(eventLoopUtilization(...synthetic)));
  console.log('pair reversed', JSON.stringify(eventLoopUtilization(synthetic[1], synthetic[0])));
  console.log('same twice', JSON.stringify(eventLoopUtilization(synthetic[0], synthetic[0])), eventLoopUtilization(synthetic[0], synthetic[0]).utilization);
  console.log('loop started', nodeTiming.loopStart >= 0, 'waited', first.idle > 0, 'idleTime matches', nodeTiming.idleTime === first.idle);
  const until = Date.now() + 30;
  while (Date.now() < until);
  const spun = eventLoopUtilization(first);
  console.log('spin idle', spun.idle, 'utilization', spun.utilization, 'active >= 25', spun.active >= 25);
  setTimeout(() => {
    const later = eventLoopUtilization(first);
    console.log('after a wait: idle grew', later.idle > 0, 'utilization < 1', later.utilization < 1);
    const whole = eventLoopUtilization();
    console.log('sum', Math.abs(whole.idle + whole.active - (performance.now() - nodeTiming.loopStart)) < 1);
  }, 20);
}, 20);
