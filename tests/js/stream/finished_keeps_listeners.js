// stream.finished() leaves its listeners on the stream after calling back
// (node documents this: a stray 'error' after the end must not crash the
// process), until the cleanup function it returns is called. An 'error'
// emitted on a stream while forEach() iterates it rejects forEach's promise,
// after the chunks already read are processed.
'use strict';
const { Readable, Writable, finished } = require('stream');

const w = new Writable({ write(chunk, enc, cb) { cb(); } });
finished(w, (err) => {
  console.log('finished called back, err:', err);
  console.log('listeners after: finish', w.listenerCount('finish'), 'error', w.listenerCount('error'));
  w.emit('error', new Error('stray error after the end'));
  console.log('stray error swallowed');
  const w2 = new Writable({ write(chunk, enc, cb) { cb(); } });
  const cleanup = finished(w2, () => {
    cleanup();
    console.log('after cleanup: finish', w2.listenerCount('finish'), 'error', w2.listenerCount('error'));
    iterate();
  });
  w2.end('y');
});
w.end('x');

function iterate() {
  const stream = Readable.from([1, 2, 3, 4, 5]);
  stream.forEach(async (x) => {
    console.log('x', x);
    if (x === 3) stream.emit('error', new Error('boom'));
  }).then(() => console.log('resolved'), (e) => console.log('rejected', e.message));
}
