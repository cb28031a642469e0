'use strict';
// PerformanceObserver: entry delivery after the current macrotask,
// takeRecords, disconnect, buffered, and argument checks.
const { PerformanceObserver: PO } = require('perf_hooks');
console.log(PO === PerformanceObserver, PerformanceObserver.supportedEntryTypes.includes('mark'));
const { attempt } = require('../fixtures/attempt');
attempt('no callback', () => new PerformanceObserver());
attempt('bad callback', () => new PerformanceObserver(1));
const probe = new PerformanceObserver(() => {});
attempt('observe()', () => probe.observe());
attempt('observe(1)', () => probe.observe(1));
attempt('observe({})', () => probe.observe({}));
attempt('entryTypes string', () => probe.observe({ entryTypes: 'mark' }));
attempt('both', () => probe.observe({ type: 'mark', entryTypes: ['mark'] }));
attempt('unknown types ignored', () => probe.observe({ entryTypes: ['bogus'] }));
probe.disconnect();

const order = [];
const obs = new PerformanceObserver((list, observer) => {
  order.push('callback');
  console.log('delivered', list.getEntries().map((e) => e.name), observer === obs);
  console.log(list instanceof PerformanceObserverEntryList, list.getEntriesByType('mark').length,
    list.getEntriesByName('m3').length, list.getEntriesByName('m3', 'measure').length);
  obs.disconnect();
  afterDelivery();
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('m1', { startTime: 2 });
performance.mark('m2', { startTime: 1 });
console.log('taken', obs.takeRecords().map((e) => e.name));
performance.mark('m3', { startTime: 3 });
performance.measure('x', { start: 0, end: 1 });
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('promise'));
order.push('sync');
// Runs from the callback, so the order does not depend on timers.
function afterDelivery() {
  console.log(order.join(' '));
  performance.mark('after disconnect');
  const late = new PerformanceObserver((list) => {
    console.log('buffered', list.getEntries().map((e) => e.name));
    late.disconnect();
  });
  late.observe({ type: 'mark', buffered: true });
  const single = new PerformanceObserver(() => {});
  single.observe({ type: 'mark' });
  attempt('single then multiple', () => single.observe({ entryTypes: ['mark'] }));
  single.disconnect();
}
