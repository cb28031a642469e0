'use strict';
// Transform back-pressure and errors, PassThrough, event order of a plain
// Readable, read(n) splitting chunks, pipe() end/unpipe, _writev batching,
// destroy inside _read, setEncoding with a partial character queued.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { phase } = require('./helpers/phases');
{
  const log = phase('transform backpressure');
  const slow = new Transform({ highWaterMark: 2, transform(c, e, cb) { cb(null, c); } });
  let i = 0;
  while (slow.write(String(i))) i++;
  log('accepted', i + 1, 'rlen', slow.readableLength, 'wlen', slow.writableLength);
  slow.on('drain', () => log('slow drain'));
  slow.on('data', (d) => log('data', String(d)));
  slow.on('end', () => log('end'));
  slow.end();
}
{
  const log = phase('transform errors');
  const bad = new Transform({ transform(c, e, cb) { cb(new Error('bad chunk')); } });
  bad.on('error', (e) => log('bad error', e.message));
  bad.on('close', () => log('bad close'));
  bad.write('x', (err) => log('bad write cb', err && err.message));
  const badFlush = new Transform({ transform(c, e, cb) { cb(); }, flush(cb) { cb(new Error('flush failed')); } });
  badFlush.on('error', (e) => log('badFlush error', e.message));
  badFlush.on('close', () => log('badFlush close'));
  badFlush.on('finish', () => log('badFlush finish'));
  badFlush.end('x');
  badFlush.resume();
}
{
  const log = phase('passthrough');
  const p = new PassThrough();
  p.end('through');
  p.on('data', (d) => log('pass', d.toString()));
  p.on('end', () => log('pass end'));
  p.on('finish', () => log('pass finish'));
  p.on('close', () => log('pass close'));
  const o = new PassThrough({ objectMode: true });
  o.write({ a: 1 });
  o.write(5);
  o.end();
  o.on('data', (d) => log('obj', d));
}
{
  const log = phase('readable events');
  const r = new Readable({ read() {} });
  for (const ev of ['readable', 'data', 'end', 'close', 'pause', 'resume']) r.on(ev, (x) => log(ev, x === undefined ? '' : String(x)));
  r.push('a'); r.push('b'); r.push(null);
}
{
  const log = phase('read sizes');
  const r = new Readable({ read() {} });
  r.push('abc'); r.push('def'); r.push('gh');
  log(String(r.read(2)), String(r.read(4)), String(r.read(10)), r.readableLength);
  r.push(null);
  log(String(r.read(10)), r.read(), r.readableEnded);
  r.on('end', () => log('end'));
}
{
  const log = phase('unpipe on end');
  const r = Readable.from(['a', 'b', 'c'], { objectMode: false });
  const w = new Writable({ highWaterMark: 1, write(c, e, cb) { log('w', String(c)); setTimeout(cb, 1); } });
  r.pipe(w);
  w.on('finish', () => log('finish'));
  w.on('unpipe', () => log('unpipe'));
  r.on('end', () => log('r end'));
  r.on('close', () => log('r close'));
  w.on('close', () => log('w close'));
}
{
  const log = phase('writev batching');
  const w = new Writable({ writev(chunks, cb) { log('writev', chunks.length); setTimeout(cb, 1); }, write(c, e, cb) { log('write', String(c)); setTimeout(cb, 1); } });
  for (const c of ['1', '2', '3', '4']) w.write(c, () => log('cb', c));
  w.end(() => log('end cb'));
  w.on('finish', () => log('finish'));
}
{
  const log = phase('destroy during read');
  const r = new Readable({ read() { this.destroy(new Error('in read')); } });
  r.on('error', (e) => log('error', e.message));
  r.on('close', () => log('close'));
  r.on('data', () => log('data'));
}
{
  const log = phase('setEncoding after data');
  const r = new Readable({ read() {} });
  r.push(Buffer.from([0xe2]));
  r.setEncoding('utf8');
  r.push(Buffer.from([0x82, 0xac]));
  r.push(null);
  r.on('data', (d) => log(JSON.stringify(d)));
}
{
  const log = phase('readable.read in readable handler with objectMode');
  const r = new Readable({ objectMode: true, read() {} });
  r.on('readable', () => { let v; while ((v = r.read()) !== null) log('v', v); });
  r.push(1); r.push(2);
  setTimeout(() => { r.push(3); r.push(null); }, 1);
  r.on('end', () => log('end'));
}
