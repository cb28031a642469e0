'use strict';
// Validation errors (codes and messages), _construct delaying _read,
// duplexPair end order, operator chains, Duplex.from(async fn), signals,
// autoDestroy false with destroy(err), piping into process.stdout.
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished, compose, addAbortSignal, duplexPair } = stream;
const { phase } = require('./helpers/phases');
function show(log, label, fn) { try { const v = fn(); log(label, 'ok', typeof v); } catch (e) { log(label, e.name, e.code, e.message.split('\n')[0]); } }
{
  const log = phase('throws');
  show(log, 'readable hwm obj', () => new Readable({ highWaterMark: {} }));
  show(log, 'writable hwm NaN', () => new Writable({ highWaterMark: NaN }));
  show(log, 'duplex rhwm', () => new Duplex({ readableHighWaterMark: 1.2 }));
  show(log, 'bad defaultEncoding', () => new Writable({ defaultEncoding: 'x' }));
  show(log, 'from undefined', () => Readable.from());
  show(log, 'from null', () => Readable.from(null));
  show(log, 'setDefaultHighWaterMark str', () => stream.setDefaultHighWaterMark(false, '1'));
  show(log, 'pipeline non-function last', () => pipeline(new PassThrough(), new PassThrough(), 5));
  show(log, 'finished null', () => finished(null, () => {}));
  show(log, 'duplexPair', () => duplexPair());
  show(log, 'write sym', () => new Writable({ write() {} }).write(Symbol('x')));
  show(log, 'write bool objectMode', () => new Writable({ objectMode: true, write() {} }).write(false));
  show(log, 'end bad chunk', () => new Writable({ write() {} }).end(5));
  show(log, 'push arraybuffer', () => new Readable({ read() {} }).on('error', (e) => log('pab', e.code)).push(new ArrayBuffer(2)));
  show(log, 'map signal', () => Readable.from([1]).map(() => 1, { signal: 5 }));
  show(log, 'take NaN', () => Readable.from([1]).take(NaN));
  show(log, 'drop str', () => Readable.from([1]).drop('2'));
}
{
  const log = phase('construct read');
  const r = new Readable({ construct(cb) { log('construct'); setTimeout(cb, 1); }, read() { log('read'); this.push('x'); this.push(null); } });
  log('read before construct', r.read());
  r.on('data', (d) => log('data', String(d)));
  r.on('end', () => log('end'));
}
{
  const log = phase('pair end');
  const [a, b] = duplexPair();
  b.on('data', (d) => log('b data', String(d)));
  b.on('end', () => log('b end'));
  a.end('bye');
  a.on('finish', () => log('a finish'));
}
{
  const log = phase('ops');
  (async () => {
    log(await Readable.from([1, 2, 3, 4]).filter((x) => x > 1, { concurrency: 3 }).map((x) => x * 2).take(2).toArray());
    log(await Readable.from([[1, 2], [3]]).flatMap((x) => x).toArray());
    log(await Readable.from([1, 2, 3]).find((x) => x > 5));
    log(await Readable.from([]).every((x) => x));
    log(await Readable.from([]).reduce((a, b) => a + b, 0));
    log(await Readable.from('abc').toArray());
    const r = Readable.from([1, 2, 3]);
    log(await r.take(1).toArray(), r.destroyed);
  })();
}
{
  const log = phase('duplex.from fn promise');
  const d = Duplex.from(async function (src) { let s = ''; for await (const x of src) s += x; log('consumed', s); });
  d.on('finish', () => log('finish'));
  d.on('close', () => log('close'));
  d.write('a'); d.end('b');
}
{
  const log = phase('signal after');
  const ac = new AbortController();
  const r = new Readable({ read() {}, signal: ac.signal });
  r.on('error', (e) => log('error', e.name, e.cause === ac.signal.reason));
  r.on('close', () => log('close'));
  ac.abort();
}
{
  const log = phase('readable after error no autoDestroy');
  const r = new Readable({ autoDestroy: false, read() {} });
  r.on('error', (e) => log('error', e.message));
  r.destroy(new Error('x'));
  r.on('close', () => log('close', r.destroyed));
}
{
  const log = phase('stdout pipe');
  const r = Readable.from(['to stdout\n']);
  r.pipe(process.stdout);
  r.on('end', () => log('end'));
}
