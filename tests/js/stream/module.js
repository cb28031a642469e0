'use strict';
// The module shape: Stream is the module, legacy aliases, the default
// highWaterMark, isReadable/isErrored/isDisturbed, Stream's old pipe().
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough, Stream } = stream;
const EventEmitter = require('events');

console.log(stream === Stream, stream === require('node:stream'), typeof stream);
console.log(new Stream() instanceof EventEmitter, Readable.prototype instanceof Stream);
console.log(require('_stream_readable') === Readable, require('_stream_writable') === Writable,
  require('_stream_duplex') === Duplex, require('_stream_transform') === Transform,
  require('_stream_passthrough') === PassThrough);
console.log(stream.promises === require('stream/promises'), Object.keys(require('stream/promises')));
console.log(typeof stream.finished, typeof stream.pipeline, typeof stream.compose, typeof stream.duplexPair,
  typeof stream.addAbortSignal, typeof stream.destroy);

console.log('defaults', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
stream.setDefaultHighWaterMark(false, 1024);
console.log('new default', new Readable().readableHighWaterMark, new Writable().writableHighWaterMark);
stream.setDefaultHighWaterMark(false, 65536);
try {
  stream.setDefaultHighWaterMark(true, -1);
} catch (e) {
  console.log(e.code, e.message);
}

// Calling the classes without new.
console.log(Readable() instanceof Readable, Writable() instanceof Writable, Duplex() instanceof Duplex,
  Transform() instanceof Transform, PassThrough() instanceof PassThrough);
console.log('instanceof Writable', new Duplex() instanceof Writable, new Readable() instanceof Writable,
  new Transform() instanceof Writable);

// Old-style subclassing with util.inherits.
const util = require('util');
function Old(opts) {
  Readable.call(this, opts);
  this.n = 0;
}
util.inherits(Old, Readable);
Old.prototype._read = function() {
  this.push(this.n < 2 ? `old${this.n++}` : null);
};
const old = new Old({ encoding: 'utf8' });
old.on('data', (d) => console.log('old data', d));

const r = new Readable({ read() {} });
console.log('isReadable', stream.isReadable(r), 'isDisturbed', stream.isDisturbed(r), 'isErrored', stream.isErrored(r));
r.push('x');
r.read();
console.log('after read: isDisturbed', stream.isDisturbed(r));
r.destroy(new Error('e'));
console.log('after destroy: isReadable', stream.isReadable(r), 'isErrored', stream.isErrored(r), 'isDestroyed', stream.isDestroyed(r));
r.on('error', () => {});
console.log('isReadable of non-stream', stream.isReadable({}), stream.isWritable(new Writable()));

// Legacy Stream#pipe
const legacy = new Stream();
legacy.readable = true;
const got = [];
const dest = new Writable({ write(c, e, cb) { got.push(String(c)); cb(); } });
dest.on('finish', () => console.log('legacy pipe got', got));
legacy.pipe(dest);
legacy.emit('data', 'l1');
legacy.emit('data', 'l2');
legacy.emit('end');

// stream.destroy on a stream and on a non-stream
const victim = new PassThrough();
victim.on('close', () => console.log('victim closed'));
victim.on('error', (e) => console.log('victim error', e.name));
stream.destroy(victim);

console.log('Readable.fromWeb throws', (() => {
  try {
    Readable.fromWeb({});
    return 'no';
  } catch (e) {
    return typeof e.code;
  }
})());
