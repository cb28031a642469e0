// map() with concurrency runs up to `concurrency` calls at once and keeps
// up to highWaterMark (default concurrency - 1) more results waiting: a
// call that finishes early does not hold back the calls after it, while
// results still come out in source order. Every call gets an AbortSignal,
// even with no signal passed, and it aborts with the caller's.
'use strict';
const { Readable } = require('stream');

async function window(concurrency, highWaterMark) {
  let running = 0;
  let peak = 0;
  const started = [];
  const gates = [];
  const stream = Readable.from([0, 1, 2, 3, 4, 5, 6, 7]).map(async (x) => {
    started.push(x);
    running++;
    peak = Math.max(peak, running);
    // the first item is slow, the rest are quick
    if (x === 0) await new Promise((r) => gates.push(r));
    running--;
    return x;
  }, { concurrency, highWaterMark });
  const out = stream.toArray();
  await new Promise((r) => setTimeout(r, 20));
  console.log(`concurrency ${concurrency} hwm ${highWaterMark}: started while 0 waits`, started.length, 'peak', peak);
  gates.forEach((g) => g());
  console.log('  output', await out);
}

async function signals() {
  const seen = [];
  await Readable.from([1, 2]).map((x, { signal }) => {
    seen.push(signal instanceof AbortSignal);
    return x;
  }).toArray();
  console.log('signal given without options:', seen);

  const ac = new AbortController();
  const stream = Readable.from([1, 2, 3]).map(async (x, { signal }) => {
    await new Promise((resolve) => signal.addEventListener('abort', resolve));
    console.log('call', x, 'saw abort, reason', signal.reason.message);
    throw signal.reason;
  }, { signal: ac.signal, concurrency: 2 });
  setImmediate(() => ac.abort(new Error('stop')));
  try {
    await stream.toArray();
  } catch (e) {
    console.log('rejected', e.name);
  }
}

(async () => {
  await window(2, undefined);
  await window(2, 0);
  await window(3, 4);
  await signals();
})();
