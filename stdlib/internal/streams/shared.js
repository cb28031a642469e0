'use strict';
// Pieces both sides of a stream use: the legacy Stream base class, default
// buffer limits, option checks, and the destroy / construct machinery that
// works on a Readable, a Writable or a Duplex (which carries both states).

const EventEmitter = require('events');
const { codes } = require('internal/errors');

const noop = () => {};
const defaultLimits = { bytes: 64 * 1024, objects: 16 };

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultLimits.objects : defaultLimits.bytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  require('internal/validators').validateInteger(value, 'value', 0);
  if (objectMode) defaultLimits.objects = value;
  else defaultLimits.bytes = value;
}

// The limit one side uses: options.highWaterMark wins, then the per-side
// Duplex option (readableHighWaterMark / writableHighWaterMark).
function pickLimit(options, sideKey, objectMode) {
  let key = 'highWaterMark';
  let v = options ? options.highWaterMark : undefined;
  if (v == null && options && sideKey !== undefined) {
    key = sideKey;
    v = options[sideKey];
  }
  if (v == null) return getDefaultHighWaterMark(objectMode);
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new codes.ERR_INVALID_ARG_VALUE(`options.${key}`, v);
  }
  return v;
}

// ---- legacy Stream ---------------------------------------------------------

function Stream(opts) {
  EventEmitter.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Stream, EventEmitter);

// The pre-streams2 pipe: forwards 'data' to dest.write and pauses on false.
Stream.prototype.pipe = function pipe(dest, options) {
  const src = this;
  const onData = (chunk) => {
    if (dest.writable && dest.write(chunk) === false && typeof src.pause === 'function') src.pause();
  };
  const onDrain = () => {
    if (src.readable && typeof src.resume === 'function') src.resume();
  };
  src.on('data', onData);
  dest.on('drain', onDrain);
  let over = false;
  const shouldEnd = !dest._isStdio && (!options || options.end !== false);
  const onEnd = () => {
    if (over) return;
    over = true;
    dest.end();
  };
  const onClose = () => {
    if (over) return;
    over = true;
    if (dest.destroy) dest.destroy();
  };
  if (shouldEnd) {
    src.on('end', onEnd);
    src.on('close', onClose);
  }
  // this = the stream that emitted the error: it fails loudly when nobody
  // else listens to it.
  const onError = function onError(err) {
    detach();
    if (errorListenerCount(this) === 0) this.emit('error', err);
  };
  const detach = () => {
    src.removeListener('data', onData);
    dest.removeListener('drain', onDrain);
    src.removeListener('end', onEnd);
    src.removeListener('close', onClose);
    src.removeListener('error', onError);
    dest.removeListener('error', onError);
    src.removeListener('end', detach);
    src.removeListener('close', detach);
    dest.removeListener('close', detach);
  };
  listenFirst(src, 'error', onError);
  listenFirst(dest, 'error', onError);
  src.on('end', detach);
  src.on('close', detach);
  dest.on('close', detach);
  dest.emit('pipe', src);
  return dest;
};

// Listeners of 'error', also on an emitter whose listenerCount was removed.
function errorListenerCount(emitter) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount('error');
  const l = emitter._events ? emitter._events.error : undefined;
  if (l === undefined) return 0;
  return typeof l === 'function' ? 1 : l.length;
}

// Old-style emitters (or ones whose prependListener was removed) get the
// listener put first in their _events table; a new array is stored, since
// an emit in progress may be walking the old one.
function listenFirst(emitter, event, listener) {
  if (typeof emitter.prependListener === 'function') {
    emitter.prependListener(event, listener);
    return;
  }
  const table = emitter._events;
  const current = table ? table[event] : undefined;
  if (current === undefined) emitter.on(event, listener);
  else if (Array.isArray(current)) table[event] = [listener, ...current];
  else table[event] = [listener, current];
}

// ---- destroy / errors --------------------------------------------------------

function sidesOf(stream) {
  return [stream._readableState, stream._writableState];
}

// Marks an error on every side that has none yet.
function recordError(stream, err) {
  if (!err) return;
  for (const s of sidesOf(stream)) if (s && !s.errored) s.errored = err;
}

function emitCloseTick(stream) {
  const [r, w] = sidesOf(stream);
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) stream.emit('close');
}

function emitErrorTick(stream, err) {
  const [r, w] = sidesOf(stream);
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  stream.emit('error', err);
}

function afterDestroyTick(stream, err) {
  if (err) emitErrorTick(stream, err);
  emitCloseTick(stream);
}

function destroy(err, cb) {
  const [r, w] = sidesOf(this);
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  recordError(this, err);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (w && typeof w.releaseOnDestroy === 'function') w.releaseOnDestroy(this);
  const run = () => {
    let once = false;
    const done = (e) => {
      if (once) return;
      once = true;
      recordError(this, e);
      if (w) w.closed = true;
      if (r) r.closed = true;
      if (typeof cb === 'function') cb(e);
      process.nextTick(afterDestroyTick, this, e);
    };
    try {
      this._destroy(err || null, done);
    } catch (e) {
      done(e);
    }
  };
  const pending = (w && !w.constructed) || (r && !r.constructed);
  if (pending) this.once(kConstructed, run);
  else run();
  return this;
}

// What a failure inside the machinery does: destroy when autoDestroy is on,
// otherwise record it and emit 'error' (on the next tick when asked).
function failStream(stream, err, later) {
  const [r, w] = sidesOf(stream);
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
    return;
  }
  if (!err) return;
  recordError(stream, err);
  if (later) process.nextTick(emitErrorTick, stream, err);
  else emitErrorTick(stream, err);
}

// Puts a destroyed stream back to its initial state (used by net-like
// streams that reconnect).
function undestroy() {
  for (const s of sidesOf(this)) if (s) s.revive();
}

const kConstructed = Symbol('kConstructed');

// Runs _construct on the next tick; reads and writes wait for it.
function startConstruct(stream) {
  const [r, w] = sidesOf(stream);
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstructed, () => {
    if (r) r.afterConstruct(stream);
    if (w) w.afterConstruct(stream);
  });
  let calls = 0;
  const settle = (err) => {
    if (++calls > 1) {
      failStream(stream, err || new codes.ERR_MULTIPLE_CALLBACK());
      return;
    }
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (err) failStream(stream, err, true);
    stream.emit(kConstructed);
  };
  // The outcome takes effect a tick after the callback, as in node: what
  // _construct does right after calling back (fs streams emit 'open' and
  // 'ready') comes before any 'finish', 'data' or 'end' it unblocks.
  const ready = (err) => process.nextTick(settle, err);
  process.nextTick(() => {
    try {
      stream._construct(ready);
    } catch (e) {
      ready(e);
    }
  });
}

function isStreamLike(obj) {
  return obj != null && typeof obj === 'object' && typeof obj.on === 'function';
}

// A WHATWG ReadableStream or WritableStream (a getReader/getWriter and no
// .on), or, with `pairs`, a { readable, writable } pair of them such as a
// TransformStream. Such values are handled by internal/webstreams/adapters,
// loaded only when one shows up.
function isWebStreamLike(obj, pairs = false) {
  if (obj === null || typeof obj !== 'object' || typeof obj.on === 'function') return false;
  if (typeof obj.getReader === 'function' || typeof obj.getWriter === 'function') return true;
  return pairs && obj.readable != null && typeof obj.readable.getReader === 'function' &&
    obj.writable != null && typeof obj.writable.getWriter === 'function';
}

function isReadableStreamLike(obj) {
  if (!isStreamLike(obj) || typeof obj.pipe !== 'function') return false;
  const w = obj._writableState;
  const r = obj._readableState;
  if (w && !r) return false;
  return !r || r.readable !== false;
}

function isWritableStreamLike(obj) {
  if (!isStreamLike(obj) || typeof obj.write !== 'function') return false;
  const w = obj._writableState;
  return !w || w.writable !== false;
}

let DuplexCtor;
function isDuplexInstance(obj) {
  if (DuplexCtor === undefined) DuplexCtor = require('internal/streams/duplex').Duplex;
  return obj instanceof DuplexCtor;
}

// Fields and the reset both sides of a stream keep.
class SideBase {
  constructor(opt) {
    this.constructed = true;
    this.destroyed = false;
    this.errored = null;
    this.closed = false;
    this.closeEmitted = false;
    this.errorEmitted = false;
    this.emitClose = opt.emitClose !== false;
    this.autoDestroy = opt.autoDestroy !== false;
  }

  revive() {
    this.destroyed = false;
    this.closed = false;
    this.closeEmitted = false;
    this.errored = null;
    this.errorEmitted = false;
  }
}

// The listener table a stream starts with: the names it commonly gets
// listeners for already have an (empty) slot, as in node, so eventNames()
// lists them in this order whenever they get listeners.
function prepareEvents(stream) {
  if (stream._events !== undefined) return;
  if (stream._writableState === undefined) {
    stream._events = { __proto__: null, close: undefined, error: undefined, data: undefined, end: undefined,
      readable: undefined };
  } else if (stream._readableState === undefined) {
    stream._events = { __proto__: null, close: undefined, error: undefined, prefinish: undefined,
      finish: undefined, drain: undefined };
  } else {
    stream._events = { __proto__: null, close: undefined, error: undefined, prefinish: undefined,
      finish: undefined, drain: undefined, data: undefined, end: undefined, readable: undefined };
  }
}

// The tail of the Readable / Writable / Duplex constructors.
function finishSetup(stream, options) {
  prepareEvents(stream);
  Stream.call(stream, options);
  if (options && options.signal) require('internal/streams/signal').addAbortSignal(options.signal, stream);
  if (typeof stream._construct === 'function') startConstruct(stream);
}

function passErrorOn(err, cb) {
  cb(err);
}

function onRejection(err) {
  this.destroy(err);
}

// destroy(), _undestroy(), the default _destroy and captureRejections.
function addDestroyMethods(proto) {
  proto.destroy = destroy;
  proto._undestroy = undestroy;
  proto._destroy = passErrorOn;
  proto[EventEmitter.captureRejectionSymbol] = onRejection;
  // `await using`: a stream still running is destroyed with an AbortError;
  // the promise settles once it is done, that very error counting as a
  // clean end (any earlier failure rejects). (Anonymous, as node's is.)
  proto[Symbol.asyncDispose] = function () {
    let ours = null;
    if (!this.destroyed) {
      ours = new (require('internal/errors').AbortError)();
      this.destroy(ours);
    }
    return new Promise((resolve, reject) => {
      require('internal/streams/finished').finished(this, (err) => {
        if (err && err !== ours) reject(err);
        else resolve();
      });
    });
  };
}

// Ends a stream-ish value once: one already destroyed is left alone, one
// with no destroy() is closed (or aborted), and one that does not mark
// itself destroyed is remembered so a second call does nothing.
const endedByUs = new WeakSet();
function destroyOnce(stream, err) {
  if (stream == null || stream.destroyed === true || endedByUs.has(stream)) return;
  const state = stream._writableState || stream._readableState;
  if (state && state.destroyed) return;
  if (isServerRequest(stream)) {
    // Ending the request a server received must leave the connection to
    // the response: it is let go of first, as node does.
    stream.socket = null;
    stream.destroy(err);
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (typeof stream.abort === 'function') {
    stream.abort();
  }
  if (stream.destroyed !== true) endedByUs.add(stream);
}

// An http IncomingMessage on the server side (a client's response has a
// ClientRequest in .req).
function isServerRequest(stream) {
  return typeof stream._consuming === 'boolean' && typeof stream._dumped === 'boolean' &&
    (stream.req == null || stream.req.upgradeOrConnect === undefined);
}

// Transform's flush step, run at 'prefinish' when the program gave a _final
// of its own.
const kFlushAfterFinal = Symbol('kFlushAfterFinal');

module.exports = {
  kFlushAfterFinal,
  destroyOnce,
  listenFirst,
  SideBase,
  isDuplexInstance,
  finishSetup,
  addDestroyMethods,
  Stream,
  noop,
  getDefaultHighWaterMark,
  setDefaultHighWaterMark,
  pickLimit,
  destroy,
  undestroy,
  failStream,
  recordError,
  startConstruct,
  kConstructed,
  isStreamLike,
  isWebStreamLike,
  isReadableStreamLike,
  isWritableStreamLike,
};
