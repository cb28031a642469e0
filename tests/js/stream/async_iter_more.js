'use strict';
// Async iterator details: concurrent next() calls, the microtask turns a
// chunk takes against other promises, return() with destroyOnReturn false,
// iterating a stream destroyed with an error.
const { Readable } = require('stream');
(async () => {
  const r = new Readable({ objectMode: true, read() {} });
  const it = r[Symbol.asyncIterator]();
  const a = it.next(), b = it.next(), c = it.next();
  r.push(1); r.push(2); r.push(null);
  console.log(await a, await b, await c, await it.next());
  const order = [];
  const s = Readable.from([1, 2, 3]);
  (async () => { for await (const x of s) order.push('x' + x); order.push('end'); })();
  for (let i = 0; i < 12; i++) await null, order.push('m' + i);
  await new Promise((r) => setTimeout(r, 5));
  console.log(order.join(' '));
  const e = new Readable({ read() {} });
  const ei = e.iterator({ destroyOnReturn: false });
  e.push('q');
  console.log(String((await ei.next()).value));
  console.log(await ei.return(), e.destroyed);
  e.destroy(new Error('zz'));
  try { for await (const x of e) console.log(x); } catch (err) { console.log('caught', err.message); }
})();
