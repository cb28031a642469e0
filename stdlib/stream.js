'use strict';
// node:stream. The module itself is the legacy Stream class; the streams2
// classes and helpers hang off it.

const shared = require('internal/streams/shared');
const { Readable } = require('internal/streams/readable');
const { Writable } = require('internal/streams/writable');
const { Duplex, Transform, PassThrough, duplexPair } = require('internal/streams/duplex');
const { isStreamLike } = require('internal/streams/shared');

const Stream = shared.Stream;

function isReadable(stream) {
  if (!isStreamLike(stream)) return null;
  const r = stream._readableState;
  if (!r) return null;
  if (r.destroyed || r.errored) return false;
  return r.readable !== false && !r.endEmitted;
}

function isWritable(stream) {
  if (!isStreamLike(stream)) return null;
  const w = stream._writableState;
  if (!w) return null;
  if (w.destroyed || w.errored) return false;
  return w.writable !== false && !w.ending;
}

function isErrored(stream) {
  if (!isStreamLike(stream)) return false;
  const r = stream._readableState;
  const w = stream._writableState;
  return !!((r && r.errorEmitted) || (w && w.errorEmitted));
}

function isDisturbed(stream) {
  if (!isStreamLike(stream)) return false;
  return !!(stream.readableDidRead || stream.readableAborted);
}

function isDestroyed(stream) {
  if (!isStreamLike(stream)) return null;
  const s = stream._writableState || stream._readableState;
  return !!(stream.destroyed || (s && s.destroyed));
}

Object.assign(Stream, {
  Stream,
  Readable,
  Writable,
  Duplex,
  Transform,
  PassThrough,
  duplexPair,
});

// pipeline, finished, compose, addAbortSignal and destroy load their modules
// on first read: most programs that use streams never call them, and every
// stream user would pay for parsing them. A read leaves a plain data
// property in the same place.
function lazyExport(name, load) {
  const settle = (value) => {
    Object.defineProperty(Stream, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(Stream, name, {
    __proto__: null, enumerable: true, configurable: true, get() { return settle(load()); }, set: settle,
  });
}

// util.promisify(pipeline) / util.promisify(finished) give the promise forms.
function withPromiseForm(fn, key) {
  const custom = Symbol.for('nodejs.util.promisify.custom');
  if (!Object.prototype.hasOwnProperty.call(fn, custom)) {
    Object.defineProperty(fn, custom, {
      __proto__: null,
      configurable: true,
      enumerable: false,
      get() {
        return require('stream/promises')[key];
      },
    });
  }
  return fn;
}

lazyExport('pipeline', () => withPromiseForm(require('internal/streams/pipeline').pipeline, 'pipeline'));
lazyExport('finished', () => withPromiseForm(require('internal/streams/finished').finished, 'finished'));
lazyExport('compose', () => require('internal/streams/pipeline').compose);
lazyExport('addAbortSignal', () => require('internal/streams/signal').addAbortSignal);
lazyExport('destroy', () => require('internal/streams/pipeline').destroyStream);

Object.assign(Stream, {
  isReadable,
  isWritable,
  isErrored,
  isDisturbed,
  isDestroyed,
  getDefaultHighWaterMark: shared.getDefaultHighWaterMark,
  setDefaultHighWaterMark: shared.setDefaultHighWaterMark,
  _isArrayBufferView: ArrayBuffer.isView,
  _isUint8Array: (v) => v instanceof Uint8Array,
  _uint8ArrayToBuffer: (v) => require('buffer').Buffer.from(v.buffer, v.byteOffset, v.byteLength),
});

Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return require('stream/promises');
  },
});

module.exports = Stream;
