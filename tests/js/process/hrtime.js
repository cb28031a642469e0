// process.hrtime() and hrtime.bigint(): types, shape, monotonicity.
const t0 = process.hrtime();
console.log('array of 2:', Array.isArray(t0), t0.length);
console.log('integers:', Number.isInteger(t0[0]), Number.isInteger(t0[1]));
console.log('nanoseconds < 1e9:', t0[1] >= 0 && t0[1] < 1e9);
let spin = 0;
for (let i = 0; i < 1e5; i++) spin += i;
const d = process.hrtime(t0);
console.log('diff non-negative:', d[0] >= 0 && d[1] >= 0 && (d[0] > 0 || d[1] > 0));
const b0 = process.hrtime.bigint();
const b1 = process.hrtime.bigint();
console.log('typeof bigint:', typeof b0, 'monotonic:', b1 >= b0);
const later = process.hrtime();
console.log('later >= earlier:', later[0] > t0[0] || (later[0] === t0[0] && later[1] >= t0[1]));
