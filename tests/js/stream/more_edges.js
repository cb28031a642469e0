'use strict';
// pipe() into a destroyed or a legacy destination, a throwing _write,
// finished() on a pipeline member, destroy() after close, a premature
// 'close', pause() right after on('data'), the readableFlowing setter.
const { Readable, Writable, PassThrough, finished, pipeline } = require('stream');
const EE = require('events');
const { phase } = require('./helpers/phases');
{
  const log = phase('pipe to destroyed');
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.destroy();
  const r = Readable.from(['x']);
  r.on('error', (e) => log('r error', e.code));
  w.on('error', (e) => log('w error', e.code, e.message));
  r.pipe(w);
  r.on('end', () => log('r end'));
  setTimeout(() => log('r destroyed', r.destroyed, 'flowing', r.readableFlowing), 5);
}
{
  const log = phase('pipe to legacy');
  const dest = new EE();
  dest.write = (c) => { log('legacy write', String(c)); return true; };
  dest.end = () => log('legacy end');
  Readable.from(['a', 'b'], { objectMode: false }).pipe(dest);
}
{
  const log = phase('write throws');
  const w = new Writable({ write() { throw new Error('sync throw'); } });
  try { w.write('x'); } catch (e) { log('caught', e.message, w.writableLength); }
}
{
  const log = phase('finished on pipeline chain');
  const a = Readable.from(['1']);
  const b = new PassThrough();
  pipeline(a, b, () => log('pipeline done'));
  finished(b, (err) => log('b finished', err));
  b.resume();
}
{
  const log = phase('destroy with callback after close');
  const r = new Readable({ read() {} });
  r.destroy();
  r.on('close', () => r.destroy(null, (e) => log('second destroy cb', e)));
}
{
  const log = phase('emit close manually before end');
  const r = new Readable({ read() {} });
  finished(r, (err) => log('fin', err && err.code));
  r.emit('close');
}
{
  const log = phase('resume then pause sync');
  const r = new Readable({ read() {} });
  r.push('a');
  r.on('data', (d) => log('data', String(d)));
  r.pause();
  setTimeout(() => { log('flowing', r.readableFlowing, 'len', r.readableLength); r.resume(); }, 2);
}
{
  const log = phase('readable flowing setter');
  const r = new Readable({ read() {} });
  r.readableFlowing = false;
  r.on('data', (d) => log('data', String(d)));
  r.push('z');
  setTimeout(() => log('still paused', r.readableLength), 2);
}
