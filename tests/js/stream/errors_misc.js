'use strict';
// ERR_STREAM_CANNOT_PIPE, ERR_MULTIPLE_CALLBACK from _final, errors from
// _destroy, error event order when both sides of a duplex fail, and
// error/close with autoDestroy false.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const { phase } = require('./helpers/phases');

{
  const log = phase('cannot pipe');
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('error', e.code, e.message));
  w.on('close', () => log('close'));
  log('pipe returns', w.pipe(new PassThrough()));
}

{
  const log = phase('final twice');
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(); cb(); } });
  w.on('error', (e) => log('error', e.code, e.message));
  w.on('finish', () => log('finish'));
  w.on('close', () => log('close'));
  w.end();
}

{
  const log = phase('destroy error replaces');
  const r = new Readable({ read() {}, destroy(err, cb) { cb(new Error('from _destroy')); } });
  r.on('error', (e) => log('error', e.message));
  r.on('close', () => log('close', r.errored.message));
  r.destroy(new Error('original'));
}

{
  const log = phase('autoDestroy false');
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('write failed')); } });
  w.on('error', (e) => log('error', e.message, 'destroyed', w.destroyed));
  w.on('close', () => log('close (unexpected)'));
  w.write('x', (err) => log('cb', err.message));
  setTimeout(() => {
    log('later: destroyed', w.destroyed, 'errored', w.errored.message, 'writable', w.writable);
    log('write again', w.write('y', (err) => log('cb 2', err.message)));
  }, 5);
}

{
  const log = phase('duplex errors once');
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(new Error('w')); } });
  d.on('error', (e) => log('error', e.message));
  d.on('close', () => log('close'));
  d.write('x');
  d.destroy(new Error('second'));
}

{
  const log = phase('emit error directly');
  const r = new Readable({ read() {} });
  r.on('error', (e) => log('error', e.message, 'destroyed', r.destroyed));
  r.on('close', () => log('close'));
  r.emit('error', new Error('manual'));
  setTimeout(() => log('destroyed later', r.destroyed), 5);
}
