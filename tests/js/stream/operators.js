'use strict';
// Iterator helpers: map/filter/flatMap/drop/take return streams; forEach,
// toArray, some, every, find, reduce return promises. Concurrency, signals,
// validation.
const { Readable } = require('stream');

const log = (...a) => console.log(...a);
const from = (a) => Readable.from(a);

async function main() {
  log(await from([1, 2, 3]).map((x) => x * 2).toArray());
  log(await from([1, 2, 3, 4]).filter(async (x) => x % 2 === 0).toArray());
  log(await from([1, 2]).flatMap((x) => [x, x * 10]).toArray());
  log(await from([1, 2, 3, 4, 5]).drop(1).take(3).toArray());
  log(await from([1, 2, 3]).reduce((a, b) => a + b), await from([1, 2, 3]).reduce((a, b) => a + b, 100));
  log(await from([1, 5]).some((x) => x > 3), await from([1, 5]).every((x) => x > 3), await from([1, 5]).find((x) => x > 3));
  const seen = [];
  log(await from(['a', 'b']).forEach((x) => { seen.push(x); }), seen);

  const mapped = from([1]).map((x) => x);
  log('map result', mapped instanceof Readable, mapped.readableObjectMode);

  // concurrency: at most 2 at a time, results in order
  let running = 0;
  let peak = 0;
  const res = await from([30, 10, 20, 5]).map(async (ms) => {
    running++;
    peak = Math.max(peak, running);
    await new Promise((r) => setTimeout(r, ms));
    running--;
    return ms;
  }, { concurrency: 2 }).toArray();
  log('concurrent', res, 'peak', peak);

  try {
    await from([1, 2]).map(() => { throw new Error('mapper failed'); }).toArray();
  } catch (e) {
    log('mapper error', e.message);
  }
  try {
    await from([]).reduce((a, b) => a + b);
  } catch (e) {
    log(e.name, e.code, e.message);
  }

  const ac = new AbortController();
  const slow = from([1, 2, 3]).map(async (x) => {
    await new Promise((r) => setTimeout(r, 20));
    return x;
  }, { signal: ac.signal }).toArray();
  setTimeout(() => ac.abort(), 5);
  try {
    await slow;
  } catch (e) {
    log('aborted', e.name, e.code);
  }

  const bad = [
    () => from([1]).map(5),
    () => from([1]).map(() => {}, { concurrency: 0 }),
    () => from([1]).map(() => {}, 'opts'),
    () => from([1]).filter(null),
    () => from([1]).take(-1),
    () => from([1]).drop(-5),
    () => from([1]).map(() => {}, { signal: {} }),
  ];
  for (const f of bad) {
    try {
      f();
      log('no throw');
    } catch (e) {
      log(e.code, e.message);
    }
  }
  for (const f of [() => from([1]).toArray(5), () => from([1]).forEach(5), () => from([1]).reduce('x')]) {
    try {
      await f();
    } catch (e) {
      log('rejects', e.code, e.message);
    }
  }
}
main();
