// stream.finished() on edge inputs: a bare EventEmitter is not a stream and
// is refused; `writable = false` / `readable = false` on a plain Writable or
// Readable does not stop finished() from watching it (destroying it early is
// a premature close); the cleanup function also cancels a report already
// due on the next tick; a stream marked destroyed by hand (never emitting
// 'close') finishes on 'end'; a `true` in errored is not passed on as the
// error.
'use strict';
const EventEmitter = require('events');
const { Readable, Writable, finished } = require('stream');

try {
  const ee = new EventEmitter();
  ee.readable = true;
  finished(ee, () => {});
  console.log('bare emitter: accepted');
} catch (e) {
  console.log('bare emitter:', e.code);
}

const w = new Writable({ write() {} });
w.writable = false;
w.destroy();
finished(w, (err) => console.log('writable=false then destroyed:', err && err.code));

const r = new Readable();
r.readable = false;
r.destroy();
finished(r, (err) => console.log('readable=false then destroyed:', err && err.code));

const gone = new Writable({ write() {} });
gone.destroy();
const cancel = finished(gone, () => console.log('cancelled report ran (wrong)'));
cancel();

const byHand = new Readable({ read() {} });
finished(byHand, (err) => console.log('destroyed by hand, end seen:', err));
byHand.resume();
byHand.push('abc');
byHand.destroyed = true;
byHand.push(null);

const fake = new EventEmitter();
fake._writableState = { finished: true };
fake.write = undefined;
finished(fake, { readable: false, writable: true }, (err) => console.log('errored=true:', err && err.code));
fake._writableState.errored = true;
fake.emit('close');
