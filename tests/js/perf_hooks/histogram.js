'use strict';
// createHistogram: recording, statistics and percentiles (HdrHistogram
// rounding for large values), and argument checks.
const { createHistogram } = require('perf_hooks');
const { attempt } = require('../fixtures/attempt');
const h = createHistogram();
console.log(h.min, h.max, h.mean, h.stddev, h.count, h.exceeds, h.percentiles, h.percentile(50));
console.log(h.minBigInt, h.maxBigInt, h.countBigInt, h.exceedsBigInt);
for (let i = 1; i <= 100; i++) h.record(i);
console.log(h.min, h.max, h.mean, h.stddev, h.count);
console.log(h.percentile(50), h.percentile(99), h.percentile(100), h.percentile(0.5));
console.log(h.percentiles);
console.log(h.percentileBigInt(50), h.percentilesBigInt.get(100));
h.record(7n);
console.log(h.count);
console.log(require('util').inspect(h));

const big = createHistogram();
for (const v of [3000, 5000, 123456, 1e9]) big.record(v);
console.log(big.min, big.max, big.mean, big.stddev, big.percentile(50), big.percentile(100));
console.log(big.percentiles);

const bounded = createHistogram({ lowest: 1, highest: 100 });
bounded.record(100);
bounded.record(101);
bounded.record(5000);
console.log(bounded.count, bounded.exceeds, bounded.max);

const a = createHistogram();
a.record(10);
const b = createHistogram();
b.record(20);
b.record(30);
a.add(b);
console.log(a.count, a.min, a.max);
a.reset();
console.log(a.count, a.min, a.max, a.exceeds);

const d = createHistogram();
d.recordDelta();
console.log(d.count);
d.recordDelta();
d.recordDelta();
console.log(d.count, d.min >= 1);

attempt('record(0)', () => h.record(0));
attempt('record(-1)', () => h.record(-1));
attempt('record(1.5)', () => h.record(1.5));
attempt('record("1")', () => h.record('1'));
attempt('record(2**53)', () => h.record(2 ** 53));
attempt('record(0n)', () => h.record(0n));
attempt('percentile(0)', () => h.percentile(0));
attempt('percentile(101)', () => h.percentile(101));
attempt('percentile("a")', () => h.percentile('a'));
attempt('percentile(NaN)', () => h.percentile(NaN));
attempt('lowest 0', () => createHistogram({ lowest: 0 }));
attempt('highest < 2 * lowest', () => createHistogram({ lowest: 2, highest: 3 }));
attempt('figures 6', () => createHistogram({ figures: 6 }));
attempt('figures 0', () => createHistogram({ figures: 0 }));
attempt('options 1', () => createHistogram(1));
attempt('add(1)', () => a.add(1));
