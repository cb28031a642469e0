'use strict';
// finished(): callback and promise forms, premature close, options
// readable/writable/error, the returned cleanup, bad arguments.
const { finished, Readable, Writable, Duplex, PassThrough } = require('stream');
const { finished: finishedP } = require('stream/promises');

const { phase } = require('./helpers/phases');

let current;
const log = (current = phase('main'));

const r = new Readable({ read() {} });
finished(r, (err) => log('readable done', err));
r.push('x');
r.push(null);
r.resume();

const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => log('writable done', err));
w.end('x');

const early = new Readable({ read() {} });
finished(early, (err) => log('early', err.code, err.message));
early.destroy();

const errored = new PassThrough();
finished(errored, (err) => log('errored', err.message));
errored.destroy(new Error('bad'));

const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
finished(d, { readable: false }, (err) => log('duplex writable side done', err));
d.end();

const noErr = new PassThrough();
noErr.on('error', () => log('noErr error listener'));
finished(noErr, { error: false }, (err) => log('noErr done', err && err.code));
noErr.emit('error', new Error('ignored'));
setTimeout(() => noErr.destroy(), 5);

const cleaned = new PassThrough();
const cleanup = finished(cleaned, () => log('should not run'));
cleanup();
cleaned.destroy();

// Already finished: reported on a later tick.
setTimeout(() => {
  const log = (current = phase('part 1'));
  const done = new Readable({ read() {} });
  done.push(null);
  done.resume();
  done.on('close', () => {
    finished(done, (err) => log('after close', err));
    log('finished registered after close');
  });
}, 10);

setTimeout(async () => {
  const log = (current = phase('part 2'));
  const p = new PassThrough();
  p.end('x');
  p.resume();
  await finishedP(p);
  log('promise finished');
  const q = new PassThrough();
  setTimeout(() => q.destroy(new Error('q failed')), 1);
  try {
    await finishedP(q);
  } catch (e) {
    log('promise rejected', e.message);
  }
  const ac = new AbortController();
  const s = new PassThrough();
  const pr = finishedP(s, { signal: ac.signal });
  ac.abort();
  try {
    await pr;
  } catch (e) {
    log('signal', e.name, e.code);
  }
  for (const f of [() => finished(5, () => {}), () => finished(new PassThrough()), () => finished(new PassThrough(), 5, () => {})]) {
    try {
      f();
    } catch (e) {
      log(e.code, e.message);
    }
  }
}, 30);
