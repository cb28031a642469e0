'use strict';
// Shared by the bench/core/*.js files: times a case for a fixed wall-clock
// budget after a warm-up and prints `name<TAB>ops per second`, which
// bench/core.sh collects per runtime. Runs unchanged under node, bun and jolt.

const kWarmupMs = 150;
const kMeasureMs = Number(process.env.BENCH_MS) || 600;

function timeFor(fn, ms) {
  const end = performanceNow() + ms;
  let ops = 0;
  let batch = 1;
  const start = performanceNow();
  let now = start;
  while (now < end) {
    for (let i = 0; i < batch; i++) fn();
    ops += batch;
    now = performanceNow();
    // Grow batches so the clock is read rarely relative to the work.
    if (now - start < ms / 10) batch *= 2;
  }
  return ops / ((now - start) / 1000);
}

function performanceNow() {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}

let sink;
function bench(name, fn) {
  timeFor(() => { sink = fn(); }, kWarmupMs);
  const opsPerSec = timeFor(() => { sink = fn(); }, kMeasureMs);
  process.stdout.write(`${name}\t${opsPerSec.toFixed(1)}\n`);
}

// Like bench() for a case that completes asynchronously: fn returns a
// promise, and one op is one settled call.
async function timeForAsync(fn, ms) {
  const start = performanceNow();
  const end = start + ms;
  let ops = 0;
  let now = start;
  while (now < end) {
    sink = await fn();
    ops++;
    now = performanceNow();
  }
  return ops / ((now - start) / 1000);
}

async function benchAsync(name, fn) {
  await timeForAsync(fn, kWarmupMs);
  const opsPerSec = await timeForAsync(fn, kMeasureMs);
  process.stdout.write(`${name}\t${opsPerSec.toFixed(1)}\n`);
}

module.exports = { bench, benchAsync, get sink() { return sink; } };
