'use strict';
// Larger flows: async _read into a slow pipe() destination, a split/upper
// Transform pipeline, read(n) across chunks with hex decoding, refilling up
// to highWaterMark, mixed sync/async write completions, readable.compose().
const { Readable, Writable, Transform, PassThrough, pipeline } = require('stream');
const { phase } = require('./helpers/phases');
{
  const log = phase('async read + slow writer');
  let i = 0;
  const src = new Readable({ highWaterMark: 100, read(size) { setImmediate(() => { i++; this.push(i <= 50 ? Buffer.alloc(37, i) : null); }); } });
  let got = 0; let writes = 0; let drains = 0;
  const dst = new Writable({ highWaterMark: 64, write(c, e, cb) { got += c.length; writes++; setImmediate(cb); } });
  dst.on('drain', () => drains++);
  src.pipe(dst).on('finish', () => log('got', got, 'writes', writes, 'drains>0', drains > 0));
}
{
  const log = phase('transform chain');
  let n = 0;
  const src = new Readable({ read() { n++; this.push(n <= 200 ? `line ${n}\n` : null); } });
  const split = new Transform({ readableObjectMode: true, transform(c, e, cb) { this.buf = (this.buf || '') + c; const parts = this.buf.split('\n'); this.buf = parts.pop(); for (const p of parts) this.push(p); cb(); } });
  const upper = new Transform({ objectMode: true, transform(c, e, cb) { setImmediate(() => cb(null, c.toUpperCase())); } });
  const out = [];
  pipeline(src, split, upper, new Writable({ objectMode: true, highWaterMark: 2, write(c, e, cb) { out.push(c); cb(); } }), (err) => log('done', err, out.length, out[0], out[199]));
}
{
  const log = phase('read(n) across chunks with encoding');
  const r = new Readable({ read() {} });
  r.setEncoding('hex');
  r.push(Buffer.from([1, 2, 3]));
  r.push(Buffer.from([4, 5]));
  log(r.read(3), r.read(4), r.readableLength, r.read(100), r.read());
  r.push(null);
  log(r.read(100));
}
{
  const log = phase('paused readable hwm refill');
  let calls = 0;
  const r = new Readable({ highWaterMark: 10, read(size) { calls++; this.push(Buffer.alloc(4)); } });
  setTimeout(() => { log('calls', calls, 'len', r.readableLength); r.read(5); setTimeout(() => log('calls', calls, 'len', r.readableLength), 2); }, 2);
}
{
  const log = phase('writable many sync + async mix');
  let k = 0;
  const w = new Writable({ highWaterMark: 3, objectMode: true, write(c, e, cb) { if (k++ % 2) setImmediate(cb); else cb(); } });
  const res = [];
  for (let i = 0; i < 8; i++) res.push(w.write(i, () => res.push('cb' + i)));
  w.on('drain', () => res.push('drain'));
  w.end(() => log(res.join(' ')));
}
{
  const log = phase('readable.compose');
  (async () => {
    const r = Readable.from(['a', 'b']).compose(async function* (src) { for await (const x of src) yield x.toUpperCase(); });
    log(await r.toArray());
  })();
}
