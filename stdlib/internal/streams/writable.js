'use strict';
// Writable: write() hands one chunk at a time to _write (or a batch to
// _writev after cork/uncork); the rest wait in a queue. end() runs _final,
// then 'prefinish' and 'finish'.

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const shared = require('internal/streams/shared');

const { Stream, failStream, pickLimit, noop, recordError } = shared;

class WriteSide extends shared.SideBase {
  constructor(options, isDuplex) {
    const opt = options || {};
    super(opt);
    this.objectMode = !!(opt.objectMode || (isDuplex && opt.writableObjectMode));
    this.highWaterMark = pickLimit(options, isDuplex ? 'writableHighWaterMark' : undefined, this.objectMode);
    this.decodeStrings = opt.decodeStrings !== false;
    const enc = opt.defaultEncoding;
    if (enc != null && enc !== 'buffer' && !Buffer.isEncoding(enc)) throw new codes.ERR_UNKNOWN_ENCODING(enc);
    this.defaultEncoding = enc ? String(enc).toLowerCase() : 'utf8';
    this.length = 0;
    this.queue = [];
    this.queueHead = 0;
    this.inFlight = false;
    this.flightLength = 0;
    this.flightCallback = null;
    this.sync = true;
    this.corked = 0;
    this.pendingcb = 0;
    this.draining = false;
    this.needDrain = false;
    this.ending = false;
    this.ended = false;
    this.finished = false;
    this.finalCalled = false;
    this.prefinished = false;
    this.finishPromised = false;
    this.endCallbacks = [];
    this.deferred = null;
    this.completion = null;
  }

  get buffered() {
    return this.queue.length - this.queueHead;
  }

  get writing() {
    return this.inFlight;
  }

  // node's name for the number of writes waiting in the queue
  get bufferedRequestCount() {
    return this.queue.length - this.queueHead;
  }

  bufferedEntries() {
    return this.queue.slice(this.queueHead);
  }

  takeQueue() {
    const list = this.queue.slice(this.queueHead);
    this.queue = [];
    this.queueHead = 0;
    return list;
  }

  getBuffer() {
    return this.bufferedEntries();
  }

  afterConstruct(stream) {
    if (this.destroyed || this.errored) return;
    runQueue(stream, this);
    tryFinish(stream, this, false);
  }

  // Called by destroy(): queued writes and end() callbacks learn the stream
  // is gone, unless a write is in flight (its completion does it then).
  releaseOnDestroy(stream) {
    if (!this.inFlight) releaseQueue(this, true, this.finishPromised);
  }

  revive() {
    super.revive();
    this.ending = this.writable === false;
    this.ended = this.writable === false;
    this.finished = this.writable === false;
    this.finalCalled = false;
    this.prefinished = false;
    this.finishPromised = false;
  }
}

function Writable(options) {
  const duplex = shared.isDuplexInstance(this);
  if (!duplex && !(this instanceof Writable)) return new Writable(options);
  this._writableState = new WriteSide(options, duplex);
  takeWriteOptions(this, options);
  shared.finishSetup(this, options);
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

function takeWriteOptions(stream, options) {
  if (!options) return;
  if (typeof options.write === 'function') stream._write = options.write;
  if (typeof options.writev === 'function') stream._writev = options.writev;
  if (typeof options.destroy === 'function') stream._destroy = options.destroy;
  if (typeof options.final === 'function') stream._final = options.final;
  if (typeof options.construct === 'function') stream._construct = options.construct;
}

// Duplex inherits from Readable only; instanceof Writable still holds.
Object.defineProperty(Writable, Symbol.hasInstance, {
  __proto__: null,
  value(obj) {
    if (Function.prototype[Symbol.hasInstance].call(this, obj)) return true;
    if (this !== Writable) return false;
    return !!(obj && obj._writableState instanceof WriteSide);
  },
});

Writable.WritableState = WriteSide;
shared.addDestroyMethods(Writable.prototype);

Writable.prototype.pipe = function pipe() {
  failStream(this, new codes.ERR_STREAM_CANNOT_PIPE());
};

Writable.prototype._write = function _write(chunk, encoding, cb) {
  if (typeof this._writev === 'function') {
    this._writev([{ chunk, encoding }], cb);
    return;
  }
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_write()');
};
Writable.prototype._writev = null;

Writable.prototype.write = function write(chunk, encoding, cb) {
  return writeChunk(this, chunk, encoding, cb) === true;
};

// write() proper; a refused write returns its error (end() reports it).
function writeChunk(stream, chunk, encoding, cb) {
  const ws = stream._writableState;
  // (An object-mode stream passes no encoding on unless the write named one.)
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = ws.objectMode ? undefined : ws.defaultEncoding;
  } else {
    if (!encoding) encoding = ws.objectMode ? undefined : ws.defaultEncoding;
    else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
    if (typeof cb !== 'function') cb = noop;
  }
  if (chunk === null) throw new codes.ERR_STREAM_NULL_VALUES();
  if (!ws.objectMode) {
    if (typeof chunk === 'string') {
      if (ws.decodeStrings !== false) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (Buffer.isBuffer(chunk)) {
      encoding = 'buffer';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }
  let refusal = null;
  if (ws.ending) refusal = new codes.ERR_STREAM_WRITE_AFTER_END();
  else if (ws.destroyed) refusal = new codes.ERR_STREAM_DESTROYED('write');
  if (refusal !== null) {
    process.nextTick(cb, refusal);
    failStream(stream, refusal, true);
    return refusal;
  }
  ws.pendingcb++;
  return accept(stream, ws, chunk, encoding, cb);
}

function accept(stream, ws, chunk, encoding, cb) {
  const size = ws.objectMode ? 1 : chunk.length;
  ws.length += size;
  if (ws.inFlight || ws.corked || ws.errored || !ws.constructed || ws.draining) {
    ws.queue.push({ chunk, encoding, callback: cb });
  } else {
    dispatch(stream, ws, size, chunk, encoding, cb, false);
  }
  const roomLeft = ws.length < ws.highWaterMark || ws.length === 0;
  if (!roomLeft) ws.needDrain = true;
  return roomLeft && !ws.errored && !ws.destroyed;
}

function dispatch(stream, ws, size, chunk, encoding, cb, many) {
  ws.flightLength = size;
  ws.flightCallback = cb;
  ws.inFlight = true;
  ws.sync = true;
  let done = ws.completion;
  if (done === null) {
    // one completion function per stream; it acts on the write in flight
    done = ws.completion = (err) => writeDone(stream, ws, err);
  }
  if (ws.destroyed) done(new codes.ERR_STREAM_DESTROYED('write'));
  else if (many) stream._writev(chunk, done);
  else stream._write(chunk, encoding, done);
  ws.sync = false;
}

function writeDone(stream, ws, err) {
  const cb = ws.flightCallback;
  if (typeof cb !== 'function') {
    failStream(stream, new codes.ERR_MULTIPLE_CALLBACK());
    return;
  }
  const wasSync = ws.sync;
  ws.inFlight = false;
  ws.flightCallback = null;
  ws.length -= ws.flightLength;
  ws.flightLength = 0;
  if (err) {
    recordError(stream, err);
    if (wasSync) process.nextTick(failedWrite, stream, ws, err, cb);
    else failedWrite(stream, ws, err, cb);
    return;
  }
  if (ws.buffered > 0) runQueue(stream, ws);
  if (ws.destroyed) {
    ws.pendingcb--;
    cb(null);
    releaseQueue(ws, false);
    return;
  }
  if (wasSync) {
    const d = ws.deferred;
    if (d !== null && d.cb === cb) {
      d.count++;
    } else {
      const entry = { count: 1, cb };
      ws.deferred = entry;
      process.nextTick(afterWriteTick, stream, ws, entry);
    }
  } else {
    afterWrite(stream, ws, 1, cb);
  }
}

function afterWriteTick(stream, ws, entry) {
  if (ws.deferred === entry) ws.deferred = null;
  afterWrite(stream, ws, entry.count, entry.cb);
}

function afterWrite(stream, ws, count, cb) {
  if (ws.needDrain && ws.length === 0 && !ws.ending && !stream.destroyed) {
    ws.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    ws.pendingcb--;
    cb(null);
  }
  if (ws.destroyed) releaseQueue(ws, false);
  tryFinish(stream, ws, false);
}

function failedWrite(stream, ws, err, cb) {
  ws.pendingcb--;
  cb(err);
  releaseQueue(ws, false);
  failStream(stream, err);
}

// Fails queued writes and pending end() callbacks of a destroyed/errored stream.
function releaseQueue(ws, later, keepEndCallbacks) {
  if (ws.inFlight) return;
  const entries = ws.takeQueue();
  for (const e of entries) {
    ws.length -= ws.objectMode ? 1 : e.chunk.length;
    const err = ws.errored || new codes.ERR_STREAM_DESTROYED('write');
    ws.pendingcb--;
    if (later) process.nextTick(e.callback, err);
    else e.callback(err);
  }
  if (keepEndCallbacks) return;
  const ends = ws.endCallbacks;
  ws.endCallbacks = [];
  for (const fn of ends) {
    const err = ws.errored || new codes.ERR_STREAM_DESTROYED('end');
    if (later) process.nextTick(fn, err);
    else fn(err);
  }
}

// Starts queued writes: all at once through _writev when there are several,
// else one after the other while _write completes synchronously.
function runQueue(stream, ws) {
  if (ws.corked || ws.destroyed || !ws.constructed || ws.draining || ws.inFlight) return;
  const waiting = ws.buffered;
  if (waiting === 0) return;
  ws.draining = true;
  if (waiting > 1 && typeof stream._writev === 'function') {
    const entries = ws.takeQueue();
    let allBuffers = true;
    let size = 0;
    const chunks = entries.map((e) => {
      if (e.encoding !== 'buffer') allBuffers = false;
      size += ws.objectMode ? 1 : e.chunk.length;
      return { chunk: e.chunk, encoding: e.encoding };
    });
    chunks.allBuffers = allBuffers;
    ws.pendingcb -= entries.length - 1;
    const batchDone = (err) => {
      for (const e of entries) e.callback(err);
    };
    dispatch(stream, ws, size, chunks, '', batchDone, true);
  } else {
    do {
      const e = ws.queue[ws.queueHead];
      ws.queue[ws.queueHead++] = undefined;
      dispatch(stream, ws, ws.objectMode ? 1 : e.chunk.length, e.chunk, e.encoding, e.callback, false);
    } while (!ws.inFlight && ws.queueHead < ws.queue.length && ws.queue[ws.queueHead] !== undefined);
    if (ws.queueHead === ws.queue.length) {
      ws.queue = [];
      ws.queueHead = 0;
    }
  }
  ws.draining = false;
}

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  const ws = this._writableState;
  if (ws.corked) {
    ws.corked--;
    if (!ws.inFlight) runQueue(this, ws);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  const ws = this._writableState;
  ws.defaultEncoding = encoding;
  return this;
};

Writable.prototype.end = function end(chunk, encoding, cb) {
  const ws = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  let err = null;
  if (chunk != null) {
    const r = writeChunk(this, chunk, encoding);
    if (r instanceof Error) err = r;
  }
  if (ws.corked) {
    ws.corked = 1;
    this.uncork();
  }
  const hasCb = typeof cb === 'function';
  if (err !== null) {
    // the refused chunk's error is what the callback gets
  } else if (ws.finished) {
    err = new codes.ERR_STREAM_ALREADY_FINISHED('end');
  } else if (ws.errored) {
    err = ws.destroyed ? new codes.ERR_STREAM_DESTROYED('end') : ws.errored;
  } else if (!ws.ending) {
    if (hasCb) ws.endCallbacks.push(cb);
    ws.ending = true;
    tryFinish(this, ws, true);
    ws.ended = true;
    return this;
  } else if (ws.destroyed) {
    err = new codes.ERR_STREAM_DESTROYED('end');
  }
  if (hasCb) {
    if (err !== null) process.nextTick(cb, err);
    else ws.endCallbacks.push(cb);
  }
  return this;
};

function readyToFinish(ws) {
  return ws.ending && !ws.destroyed && ws.constructed && ws.length === 0 && !ws.errored &&
    ws.buffered === 0 && !ws.finished && !ws.inFlight && !ws.errorEmitted && !ws.closeEmitted;
}

function tryFinish(stream, ws, sync) {
  if (!readyToFinish(ws)) return;
  if (!ws.prefinished) {
    if (typeof stream._final === 'function') {
      // prefinish comes from _final's callback
      if (!ws.finalCalled) {
        ws.finalCalled = true;
        runFinal(stream, ws);
      }
      return;
    }
    ws.prefinished = true;
    stream.emit('prefinish');
  }
  if (ws.pendingcb !== 0) return;
  if (sync) {
    ws.pendingcb++;
    process.nextTick(finishTick, stream, ws, true);
  } else {
    completeFinish(stream, ws);
  }
}

function finishTick(stream, ws, recheck) {
  ws.pendingcb--;
  if (ws.finished) return;
  if (recheck && !readyToFinish(ws)) return;
  if (ws.pendingcb === 0) completeFinish(stream, ws);
}

function runFinal(stream, ws) {
  let calls = 0;
  ws.sync = true;
  ws.pendingcb++;
  const done = (err) => {
    if (++calls > 1) {
      failStream(stream, err || new codes.ERR_MULTIPLE_CALLBACK());
      return;
    }
    ws.pendingcb--;
    if (!err && (ws.destroyed || ws.errored)) return;
    if (err) {
      const ends = ws.endCallbacks;
      ws.endCallbacks = [];
      const early = ws.sync;
      failStream(stream, err, early);
      for (const fn of ends) {
        if (early) process.nextTick(fn, err);
        else fn(err);
      }
      return;
    }
    if (ws.finished || ws.prefinished) return;
    ws.prefinished = true;
    // A Transform given a _final of its own flushes now, on its own: as in
    // node, 'finish' does not wait for the flush (its built-in _final is
    // the flush, which 'finish' does wait for).
    const flush = stream[shared.kFlushAfterFinal];
    if (flush !== undefined && stream._final !== flush) flush.call(stream);
    stream.emit('prefinish');
    ws.pendingcb++;
    // from here 'finish' comes even if the stream is destroyed meanwhile
    ws.finishPromised = true;
    process.nextTick(finishTick, stream, ws, false);
  };
  try {
    stream._final(done);
  } catch (e) {
    done(e);
  }
  ws.sync = false;
}

function completeFinish(stream, ws) {
  ws.finished = true;
  const ends = ws.endCallbacks;
  ws.endCallbacks = [];
  for (const fn of ends) fn(null);
  stream.emit('finish');
  if (ws.autoDestroy) {
    const rs = stream._readableState;
    if (!rs || (rs.autoDestroy && (rs.endEmitted || rs.readable === false))) stream.destroy();
  }
}

function wGetter(fn) {
  return { __proto__: null, get: fn, enumerable: false, configurable: true };
}

const writableProps = {
  closed: wGetter(function() { return this._writableState ? this._writableState.closed : false; }),
  destroyed: {
    __proto__: null,
    configurable: true,
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(v) { if (this._writableState) this._writableState.destroyed = v; },
  },
  writable: {
    __proto__: null,
    configurable: true,
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set(v) {
      if (this._writableState) this._writableState.writable = !!v;
    },
  },
  writableFinished: wGetter(function() { return this._writableState ? this._writableState.finished : false; }),
  writableObjectMode: wGetter(function() { return this._writableState ? this._writableState.objectMode : false; }),
  writableBuffer: wGetter(function() { return this._writableState && this._writableState.getBuffer(); }),
  writableEnded: wGetter(function() { return this._writableState ? this._writableState.ending : false; }),
  writableNeedDrain: wGetter(function() {
    const w = this._writableState;
    return !!w && !w.destroyed && !w.ending && w.needDrain;
  }),
  writableHighWaterMark: wGetter(function() { return this._writableState && this._writableState.highWaterMark; }),
  writableCorked: wGetter(function() { return this._writableState ? this._writableState.corked : 0; }),
  writableLength: wGetter(function() { return this._writableState && this._writableState.length; }),
  errored: wGetter(function() { return this._writableState ? this._writableState.errored : null; }),
  writableAborted: wGetter(function() {
    const w = this._writableState;
    return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
  }),
};
Object.defineProperties(Writable.prototype, writableProps);

Writable.fromWeb = function fromWeb(writableStream, options) {
  return require('internal/webstreams/adapters').writableFromWeb(writableStream, options);
};
Writable.toWeb = function toWeb(streamWritable) {
  return require('internal/webstreams/adapters').writableToWeb(streamWritable);
};

module.exports = { Writable, WriteSide, takeWriteOptions, writableProps };
