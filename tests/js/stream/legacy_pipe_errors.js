// Pipes into and between old-style streams: Readable.pipe into a stream
// whose prependListener was removed still works; the legacy Stream.pipe
// counts 'error' listeners on a stream whose listenerCount was removed, and
// an error a destination emits is left to that destination's own listeners.
'use strict';
const stream = require('stream');

class NoPrepend extends stream.Writable {
  constructor() {
    super();
    this.prependListener = undefined;
  }
  _write(chunk, enc, cb) {
    console.log('write', String(chunk));
    cb();
  }
}
const w = new NoPrepend();
w.on('pipe', () => console.log('pipe event'));
w.on('finish', () => console.log('finish'));
stream.Readable.from(['a', 'b']).pipe(w);

const r2 = new stream.Stream();
r2.listenerCount = undefined;
const w2 = new stream.Stream();
w2.listenerCount = undefined;
w2.writable = true;
w2.write = () => true;
w2.end = () => {};
w2.on('pipe', () => {
  r2.emit('error', new Error('readable error'));
  w2.emit('error', new Error('writable error'));
});
r2.on('error', (e) => console.log('r2 error:', e.message));
w2.on('error', (e) => console.log('w2 error:', e.message));
r2.pipe(w2);

const err = new Error('handled by the destination');
const dest = new stream.PassThrough();
dest.once('error', (e) => console.log('dest error:', e === err));
new stream.Stream().pipe(dest);
dest.destroy(err);
