'use strict';
// Class subclasses, unshift() in a parser, _writev failures, destroy while
// corked, 'readable' next to pipe(), hwm 0 Writable, push after 'end',
// two pipe destinations at different speeds, object-mode _writev.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { phase } = require('./helpers/phases');
{
  const log = phase('class subclass');
  class Counter extends Readable {
    constructor() { super({ highWaterMark: 3 }); this.n = 0; }
    _read(size) { log('_read', size, this.readableLength); this.push(this.n < 5 ? String(this.n++) : null); }
    _destroy(err, cb) { log('_destroy', err); cb(err); }
  }
  const c = new Counter();
  c.on('readable', () => { let d; while ((d = c.read(2)) !== null) log('read', String(d)); });
  c.on('end', () => log('end'));
  c.on('close', () => log('close'));
}
{
  const log = phase('unshift parser');
  const r = new Readable({ read() {} });
  r.push('HEAD|body1');
  r.push('body2');
  r.push(null);
  r.once('readable', () => {
    const s = String(r.read());
    const i = s.indexOf('|');
    log('header', s.slice(0, i));
    r.unshift(Buffer.from(s.slice(i + 1)));
    r.on('data', (d) => log('body', String(d)));
    r.on('end', () => log('end'));
  });
}
{
  const log = phase('writev error');
  const w = new Writable({ writev(chunks, cb) { cb(new Error('wv')); } });
  w.on('error', (e) => log('error', e.message));
  w.on('close', () => log('close'));
  w.cork();
  w.write('a', (e) => log('cb a', e && e.message));
  w.write('b', (e) => log('cb b', e && e.message));
  w.uncork();
}
{
  const log = phase('destroy while corked');
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.cork();
  w.write('a', (e) => log('cb a', e && e.code));
  w.end((e) => log('end cb', e && e.code));
  w.destroy();
  w.on('close', () => log('close'));
}
{
  const log = phase('readable and pipe');
  const r = new Readable({ read() {} });
  const p = new PassThrough();
  r.on('readable', () => log('readable'));
  r.pipe(p);
  p.on('data', (d) => log('p data', String(d)));
  r.push('x');
  r.push(null);
  p.on('end', () => log('p end'));
}
{
  const log = phase('hwm 0 writable');
  const w = new Writable({ highWaterMark: 0, write(c, e, cb) { setTimeout(cb, 1); } });
  log(w.write('a'), w.writableNeedDrain, w.writableLength);
  w.on('drain', () => log('drain'));
}
{
  const log = phase('push in end handler');
  const r = new Readable({ read() {} });
  r.on('error', (e) => log('error', e.code));
  r.on('end', () => { log('end'); log('push', r.push('late')); });
  r.push(null);
  r.resume();
}
{
  const log = phase('multiple pipes backpressure');
  const r = new Readable({ highWaterMark: 1, read() {} });
  const fast = new Writable({ highWaterMark: 1, write(c, e, cb) { log('fast', String(c)); cb(); } });
  const slow = new Writable({ highWaterMark: 1, write(c, e, cb) { log('slow', String(c)); setTimeout(cb, 3); } });
  r.pipe(fast); r.pipe(slow);
  r.push('1'); r.push('2'); r.push('3'); r.push(null);
  slow.on('finish', () => log('slow finish'));
  fast.on('finish', () => log('fast finish'));
}
{
  const log = phase('objectMode writev');
  const w = new Writable({ objectMode: true, writev(chunks, cb) { log('writev', chunks.map((c) => c.chunk)); cb(); }, write(c, e, cb) { log('write', c); setTimeout(cb, 1); } });
  w.write(1); w.write(2); w.write(3); w.end();
  w.on('finish', () => log('finish'));
}
{
  const log = phase('read(0) on ended');
  const r = new Readable({ read() {} });
  r.push('a');
  r.push(null);
  r.on('readable', () => log('readable', r.readableLength));
  r.on('end', () => log('end'));
  log('read0', r.read(0));
  setTimeout(() => { log('late read', String(r.read())); }, 2);
}
{
  const log = phase('transform objectMode split');
  const t = new Transform({ readableObjectMode: true, transform(c, e, cb) { for (const ch of String(c)) this.push(ch); cb(); } });
  t.on('data', (d) => log('d', d));
  t.on('end', () => log('end'));
  t.end('abc');
}
