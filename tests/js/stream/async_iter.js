'use strict';
// for await over a Readable: all chunks, break destroys the stream, errors
// are thrown, iterator({ destroyOnReturn: false }) keeps the stream.
const { Readable } = require('stream');

const log = (...a) => console.log(...a);

async function main() {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  r.push(2);
  setTimeout(() => { r.push(3); r.push(null); }, 5);
  for await (const x of r) log('got', x);
  log('done, destroyed', r.destroyed);

  const b = Readable.from([1, 2, 3, 4]);
  b.on('close', () => log('b close'));
  for await (const x of b) {
    log('b', x);
    if (x === 2) break;
  }
  log('b destroyed', b.destroyed, 'aborted', b.readableAborted);

  const e = new Readable({ read() {} });
  e.push('x');
  setTimeout(() => e.destroy(new Error('midway')), 5);
  try {
    for await (const x of e) log('e', x.toString());
  } catch (err) {
    log('caught', err.message);
  }

  const k = Readable.from(['a', 'b', 'c']);
  for await (const x of k.iterator({ destroyOnReturn: false })) {
    log('k', x);
    break;
  }
  log('k destroyed', k.destroyed);
  for await (const x of k) log('k again', x);

  const thrower = new Readable({ objectMode: true, read() {} });
  thrower.push('only');
  try {
    for await (const x of thrower) {
      log('thrower', x);
      throw new Error('from loop body');
    }
  } catch (err) {
    log('caught', err.message, 'destroyed', thrower.destroyed);
  }

  const order = [];
  const t = new Readable({ read() {} });
  t.push('p');
  t.push(null);
  const p = (async () => { for await (const x of t) order.push(`chunk ${x}`); order.push('loop end'); })();
  process.nextTick(() => order.push('tick'));
  Promise.resolve().then(() => order.push('promise'));
  await p;
  log(order.join(', '));
  try {
    Readable.from([]).iterator(5);
  } catch (err) {
    log(err.code, err.message);
  }
}
main();
