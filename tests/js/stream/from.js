'use strict';
// Readable.from: arrays, generators, async generators, strings and Buffers
// (one chunk), promises among the values, null values, bad input.
const { Readable } = require('stream');

const log = (...a) => console.log(...a);
async function collect(r) {
  const out = [];
  for await (const x of r) out.push(x);
  return out;
}

async function main() {
  log(await collect(Readable.from([1, 2, 3])));
  log(await collect(Readable.from('a string')));
  log(await collect(Readable.from(Buffer.from('buf'))));
  log(await collect(Readable.from(function* gen() { yield 'x'; yield 'y'; }())));
  log(await collect(Readable.from(async function* agen() { yield 1; await null; yield 2; }())));
  log(await collect(Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')])));
  log(await collect(Readable.from(new Set(['s1', 's2']))));

  const r = Readable.from([1]);
  log('objectMode', r.readableObjectMode, 'hwm', r.readableHighWaterMark);
  const bytes = Readable.from(['a', 'b'], { objectMode: false });
  log('bytes objectMode', bytes.readableObjectMode, String(await collect(bytes)));

  try {
    await collect(Readable.from([1, null, 2]));
  } catch (e) {
    log('null value', e.code, e.message);
  }
  try {
    Readable.from(42);
  } catch (e) {
    log('bad', e.code, e.message);
  }
  try {
    await collect(Readable.from(function* () { yield 1; throw new Error('gen failed'); }()));
  } catch (e) {
    log('gen error', e.message);
  }

  // Destroying the stream returns the generator.
  let finalized = false;
  const g = Readable.from(function* () {
    try {
      yield 1;
      yield 2;
    } finally {
      finalized = true;
    }
  }());
  g.read();
  g.destroy();
  g.on('close', () => log('generator finalized', finalized));

  // Timing against ticks and promises.
  const seq = [];
  const t = Readable.from(['a', 'b']);
  t.on('data', (d) => seq.push(d));
  t.on('end', () => { seq.push('end'); log(seq.join(' ')); });
  process.nextTick(() => seq.push('tick'));
  Promise.resolve().then(() => seq.push('promise'));
}
main();
