'use strict';
// pipeline with a generator last / an array of streams / failing ends,
// finished() on errored, legacy and destroyed streams, compose chains,
// end() twice, write after destroy, the state getters.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished, compose, addAbortSignal } = require('stream');
const sp = require('stream/promises');
const { phase } = require('./helpers/phases');
{
  const log = phase('pipeline gen last');
  pipeline(Readable.from(['a', 'b']), async function* (src) { for await (const x of src) yield x; }, (err, v) => log('done', err, v));
}
{
  const log = phase('pipeline array');
  pipeline([Readable.from(['a']), new PassThrough(), new PassThrough()], (err) => log('done', err));
}
{
  const log = phase('pipeline source error');
  const src = new Readable({ read() { this.destroy(new Error('src boom')); } });
  const dst = new Writable({ write(c, e, cb) { cb(); } });
  dst.on('close', () => log('dst close', dst.destroyed));
  pipeline(src, dst, (err) => log('done', err && err.message));
}
{
  const log = phase('pipeline dest error');
  const src = new Readable({ read() {} });
  const dst = new Writable({ write(c, e, cb) { cb(new Error('dst boom')); } });
  src.on('close', () => log('src close'));
  pipeline(src, dst, (err) => log('done', err && err.message));
  src.push('x');
}
{
  const log = phase('finished writable err');
  const w = new Writable({ write(c, e, cb) { cb(new Error('nope')); } });
  finished(w, (err) => log('fin', err && err.message));
  w.write('x');
  w.on('error', () => log('error'));
}
{
  const log = phase('finished legacy');
  const EE = require('events');
  const s = new EE(); s.readable = true; s.pipe = () => {};
  finished(s, (err) => log('legacy fin', err && err.code));
  s.emit('end');
  s.emit('close');
}
{
  const log = phase('compose chain');
  (async () => {
    const c = compose(new PassThrough(), new Transform({ transform(c, e, cb) { cb(null, String(c) + '!'); } }));
    c.write('a'); c.end('b');
    log(await c.toArray().then((a) => a.map(String)));
  })();
}
{
  const log = phase('promise finished already');
  const p = new PassThrough();
  p.destroy();
  sp.finished(p).then(() => log('resolved'), (e) => log('rejected', e.code));
}
{
  const log = phase('writable end twice');
  const w = new Writable({ write(c, e, cb) { setTimeout(cb, 1); } });
  w.write('x');
  w.end(() => log('end1'));
  w.end(() => log('end2'));
  w.on('finish', () => log('finish'));
  w.on('error', (e) => log('error', e.code));
}
{
  const log = phase('write after destroy');
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.destroy();
  log('ret', w.write('x', (e) => log('cb', e.code, e.message)));
  w.on('error', (e) => log('error', e.code));
}
{
  const log = phase('iterator from Duplex');
  (async () => {
    const d = new PassThrough();
    d.end('xyz');
    for await (const c of d) log('chunk', String(c));
    log('done', d.destroyed);
  })();
}
{
  const log = phase('readable getters');
  const r = new Readable({ read() {} });
  log(r.readable, r.readableEnded, r.readableFlowing, r.readableLength, r.readableDidRead, r.readableAborted, r.destroyed, r.closed, r.errored, r.readableEncoding, r.readableObjectMode, r.readableHighWaterMark);
  const w = new Writable({ write() {} });
  log(w.writable, w.writableEnded, w.writableFinished, w.writableLength, w.writableCorked, w.writableNeedDrain, w.writableAborted, w.destroyed, w.closed, w.errored, w.writableObjectMode, w.writableHighWaterMark, w.writableBuffer);
}
{
  const log = phase('unshift empty and read(0) at end');
  const r = new Readable({ read() {} });
  r.unshift('');
  r.push('');
  log('len', r.readableLength);
  r.push(null);
  log(r.read(0));
  r.on('end', () => log('end'));
  r.resume();
}
