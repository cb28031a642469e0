'use strict';
// nodeTiming and eventLoopUtilization: shapes and relations only.
const { eventLoopUtilization, performance: p } = require('perf_hooks');
const nt = performance.nodeTiming;
console.log(nt.name, nt.entryType, nt.startTime, typeof nt.duration, nt.duration > 0);
console.log(Object.keys(nt.toJSON()));
for (const key of ['nodeStart', 'v8Start', 'environment', 'bootstrapComplete', 'idleTime']) {
  console.log(key, typeof nt[key], nt[key] >= 0);
}
const u1 = performance.eventLoopUtilization();
console.log(Object.keys(u1), u1.utilization >= 0 && u1.utilization <= 1, u1.idle >= 0, u1.active >= 0);
console.log(eventLoopUtilization === p.eventLoopUtilization);
setTimeout(() => {
  const u2 = performance.eventLoopUtilization(u1);
  console.log(u2.utilization >= 0 && u2.utilization <= 1, u2.idle >= 0, u2.active >= 0);
  const u3 = performance.eventLoopUtilization(u1, performance.eventLoopUtilization());
  console.log(Object.keys(u3));
}, 20);
// Waiting on a timer is idle time; spinning is active time.
const before = performance.eventLoopUtilization();
setTimeout(() => {
  const waited = performance.eventLoopUtilization(before);
  console.log('idle while waiting', waited.idle > 50, waited.utilization < 0.5);
  const spinStart = performance.eventLoopUtilization();
  const until = Date.now() + 30;
  while (Date.now() < until);
  const spun = performance.eventLoopUtilization(spinStart);
  console.log('active while spinning', spun.active > 0, spun.idle >= 0);
  console.log('idleTime', typeof performance.nodeTiming.idleTime, performance.nodeTiming.idleTime > 0);
}, 150);
