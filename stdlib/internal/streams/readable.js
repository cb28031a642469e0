'use strict';
// Readable: a queue of chunks filled by _read()/push() and drained by read(),
// 'data' (flowing mode), 'readable' (paused mode), pipe() and async iteration.

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const shared = require('internal/streams/shared');

const { Stream, failStream, pickLimit, noop } = shared;
const kOneGiB = 0x40000000;

let StringDecoderCtor;
function makeDecoder(enc) {
  if (StringDecoderCtor === undefined) StringDecoderCtor = require('string_decoder').StringDecoder;
  return new StringDecoderCtor(enc);
}

// The read side's bookkeeping. `items` from index `head` on is the queue;
// `length` counts bytes (or characters once decoding, or objects).
class ReadSide extends shared.SideBase {
  constructor(options, isDuplex) {
    const opt = options || {};
    super(opt);
    this.objectMode = !!(opt.objectMode || (isDuplex && opt.readableObjectMode));
    this.highWaterMark = pickLimit(options, isDuplex ? 'readableHighWaterMark' : undefined, this.objectMode);
    this.items = [];
    this.head = 0;
    this.length = 0;
    this.pipes = [];
    // The pipe destinations a paused flow waits on for 'drain': null, the
    // one destination while there is a single pipe, else a Set (as node
    // keeps them; multiAwaitDrain says which).
    this.awaitDrainWriters = null;
    this.multiAwaitDrain = false;
    this.flowing = null;
    this.paused = null;
    this.ended = false;
    this.endEmitted = false;
    this.reading = false;
    this.sync = true;
    this.needReadable = false;
    this.emittedReadable = false;
    this.readableListening = false;
    this.resumeScheduled = false;
    this.readingMore = false;
    this.dataEmitted = false;
    const defaultEncoding = opt.defaultEncoding;
    if (defaultEncoding != null && !Buffer.isEncoding(defaultEncoding)) {
      throw new codes.ERR_UNKNOWN_ENCODING(defaultEncoding);
    }
    this.defaultEncoding = defaultEncoding || 'utf8';
    this.decoder = null;
    this.encoding = null;
    if (opt.encoding) {
      this.decoder = makeDecoder(opt.encoding);
      this.encoding = this.decoder.encoding;
    }
  }

  get buffer() {
    return this.items.slice(this.head);
  }

  get count() {
    return this.items.length - this.head;
  }

  first() {
    return this.items[this.head];
  }

  shiftItem() {
    const v = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 512 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return v;
  }

  takeAll() {
    const list = this.head === 0 ? this.items : this.items.slice(this.head);
    this.items = [];
    this.head = 0;
    return list;
  }

  afterConstruct(stream) {
    if (this.destroyed || this.errored) return;
    if (this.needReadable || this.flowing || this.readableListening) scheduleFill(stream, this);
  }

  revive() {
    super.revive();
    this.ended = this.readable === false;
    this.endEmitted = this.readable === false;
  }
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  const duplex = shared.isDuplexInstance(this);
  this._readableState = new ReadSide(options, duplex);
  takeReadOptions(this, options);
  shared.finishSetup(this, options);
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

function takeReadOptions(stream, options) {
  if (!options) return;
  if (typeof options.read === 'function') stream._read = options.read;
  if (typeof options.destroy === 'function') stream._destroy = options.destroy;
  if (typeof options.construct === 'function') stream._construct = options.construct;
}

Readable.ReadableState = ReadSide;
shared.addDestroyMethods(Readable.prototype);

Readable.prototype._read = function _read(size) {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.push = function push(chunk, encoding) {
  return addData(this, this._readableState, chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return addData(this, this._readableState, chunk, encoding, true);
};

// Normalises a pushed chunk to what the queue holds: Buffers in byte mode,
// strings once a decoder is set, anything in object mode.
function addData(stream, st, chunk, encoding, front) {
  let raw = true;
  if (!st.objectMode && chunk != null) {
    if (typeof chunk === 'string') {
      const enc = encoding || st.defaultEncoding;
      if (enc !== st.encoding) {
        if (front && st.encoding) {
          chunk = Buffer.from(chunk, enc).toString(st.encoding);
        } else {
          chunk = Buffer.from(chunk, enc);
        }
      } else {
        raw = false;
      }
    } else if (chunk instanceof Uint8Array || ArrayBuffer.isView(chunk)) {
      // (any TypedArray or DataView is taken as its bytes)
      if (!Buffer.isBuffer(chunk)) chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (front && st.decoder) {
        chunk = chunk.toString(st.encoding);
        raw = false;
      }
    } else {
      failStream(stream, new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
      return false;
    }
  }
  if (chunk === null) {
    const fromRead = st.reading;
    st.reading = false;
    markEof(stream, st, fromRead);
  } else if (st.objectMode || (chunk !== undefined && chunk.length > 0)) {
    if (front) {
      if (st.endEmitted) {
        failStream(stream, new codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
        return false;
      }
      if (st.destroyed || st.errored) return false;
      store(stream, st, chunk, true);
    } else if (st.ended) {
      failStream(stream, new codes.ERR_STREAM_PUSH_AFTER_EOF());
      return false;
    } else if (st.destroyed || st.errored) {
      return false;
    } else {
      st.reading = false;
      if (st.decoder && raw && !st.objectMode) {
        chunk = st.decoder.write(chunk);
        if (chunk.length === 0) {
          scheduleFill(stream, st);
        } else {
          store(stream, st, chunk, false);
        }
      } else {
        // In object mode a decoder still turns each non-string chunk into
        // text (an empty string when it holds only part of a character);
        // anything but bytes makes the decoder throw, as in node.
        if (st.decoder && st.objectMode && typeof chunk !== 'string') chunk = st.decoder.write(chunk);
        store(stream, st, chunk, false);
      }
    }
  } else if (!front) {
    st.reading = false;
    scheduleFill(stream, st);
  }
  return !st.ended && (st.length < st.highWaterMark || st.length === 0);
}

function store(stream, st, chunk, front) {
  if (st.flowing && st.length === 0 && !st.sync && stream.listenerCount('data') > 0) {
    if (st.awaitDrainWriters !== null) {
      if (st.multiAwaitDrain) st.awaitDrainWriters.clear();
      else st.awaitDrainWriters = null;
    }
    st.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    st.length += st.objectMode ? 1 : chunk.length;
    if (front) {
      if (st.head > 0) st.items[--st.head] = chunk;
      else st.items.unshift(chunk);
    } else {
      st.items.push(chunk);
    }
    if (st.needReadable) queueReadable(stream, st);
  }
  scheduleFill(stream, st);
}

function markEof(stream, st, fromRead) {
  if (st.ended) return;
  if (st.decoder) {
    const tail = st.decoder.end();
    if (tail && tail.length) {
      st.items.push(tail);
      st.length += st.objectMode ? 1 : tail.length;
    }
  }
  st.ended = true;
  if (st.sync) {
    // announced when pushed from _read or when a reader is waiting
    if (st.needReadable || fromRead) queueReadable(stream, st);
  } else {
    st.needReadable = false;
    st.emittedReadable = true;
    announceReadable(stream, st);
  }
}

// One 'readable' event per tick at most.
function queueReadable(stream, st) {
  st.needReadable = false;
  if (st.emittedReadable) return;
  st.emittedReadable = true;
  process.nextTick(announceReadable, stream, st);
}

function announceReadable(stream, st) {
  if (!st.destroyed && !st.errored && (st.length > 0 || st.ended)) {
    stream.emit('readable');
    st.emittedReadable = false;
  }
  st.needReadable = !st.flowing && !st.ended && st.length <= st.highWaterMark;
  pump(stream, st);
}

function pump(stream, st) {
  while (st.flowing && stream.read() !== null);
}

// Asks _read for more while the queue is below the limit, once per tick.
function scheduleFill(stream, st) {
  if (st.readingMore || !st.constructed) return;
  st.readingMore = true;
  process.nextTick(fillAhead, stream, st);
}

function fillAhead(stream, st) {
  while (!st.reading && !st.ended && (st.length < st.highWaterMark || (st.flowing && st.length === 0))) {
    const before = st.length;
    stream.read(0);
    if (before === st.length) break;
  }
  st.readingMore = false;
}

function scheduleEnd(stream, st) {
  if (st.endEmitted) return;
  st.ended = true;
  process.nextTick(emitEnd, stream, st);
}

function emitEnd(stream, st) {
  if (st.errored || st.closeEmitted || st.endEmitted || st.length !== 0) return;
  st.endEmitted = true;
  stream.emit('end');
  const ws = stream._writableState;
  if (ws && stream.allowHalfOpen === false && !ws.ending && !ws.destroyed) {
    process.nextTick(endWritableSide, stream);
  } else if (st.autoDestroy && (!ws || (ws.autoDestroy && (ws.finished || ws.writable === false)))) {
    stream.destroy();
  }
}

function endWritableSide(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

// How many units a read(n) can hand out right now.
function available(st, n) {
  if (n <= 0 || (st.length === 0 && st.ended)) return 0;
  if (st.objectMode) return 1;
  if (Number.isNaN(n)) {
    if (st.flowing && st.length > 0) return st.first().length;
    return st.length;
  }
  if (n <= st.length) return n;
  return st.ended ? st.length : 0;
}

function nextPowerOfTwo(n) {
  if (n > kOneGiB) throw new codes.ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

Readable.prototype.read = function read(n) {
  const st = this._readableState;
  let want;
  if (n === undefined) want = NaN;
  else want = Number.isInteger(n) ? n : Number.parseInt(n, 10);
  const asked = want;
  if (want > st.highWaterMark) st.highWaterMark = nextPowerOfTwo(want);
  if (want !== 0) st.emittedReadable = false;

  if (want === 0 && st.needReadable &&
      (st.ended || (st.highWaterMark !== 0 ? st.length >= st.highWaterMark : st.length > 0))) {
    if (st.length === 0 && st.ended) scheduleEnd(this, st);
    else queueReadable(this, st);
    return null;
  }

  want = available(st, want);
  if (want === 0 && st.ended) {
    if (st.length === 0) scheduleEnd(this, st);
    return null;
  }

  const blocked = st.ended || st.reading || st.destroyed || st.errored || !st.constructed;
  if (!blocked && (st.needReadable || st.length === 0 || st.length - want < st.highWaterMark)) {
    st.reading = true;
    st.sync = true;
    if (st.length === 0) st.needReadable = true;
    try {
      this._read(st.highWaterMark);
    } catch (err) {
      failStream(this, err);
    }
    st.sync = false;
    if (!st.reading) want = available(st, asked);
  }

  let out = null;
  if (want > 0 && st.length > 0) out = takeUnits(st, want);
  if (out === null) {
    st.needReadable = st.length <= st.highWaterMark;
    want = 0;
  } else {
    st.length -= want;
  }
  if (st.length === 0) {
    if (!st.ended) st.needReadable = true;
    if (asked !== want && st.ended) scheduleEnd(this, st);
  }
  if (out !== null && !st.errorEmitted && !st.closeEmitted) {
    st.dataEmitted = true;
    this.emit('data', out);
  }
  return out;
};

// Removes `n` units from the front of the queue (the caller adjusts length).
function takeUnits(st, n) {
  if (st.objectMode) return st.shiftItem();
  if (n >= st.length) {
    if (st.count === 1) return st.takeAll()[0];
    const all = st.takeAll();
    return st.decoder ? all.join('') : Buffer.concat(all, st.length);
  }
  const head = st.first();
  if (n < head.length) {
    st.items[st.head] = head.slice(n);
    return head.slice(0, n);
  }
  if (n === head.length) return st.shiftItem();
  if (st.decoder) {
    let s = '';
    while (s.length < n) {
      const part = st.first();
      const need = n - s.length;
      if (part.length <= need) {
        s += st.shiftItem();
      } else {
        s += part.slice(0, need);
        st.items[st.head] = part.slice(need);
      }
    }
    return s;
  }
  const out = Buffer.allocUnsafe(n);
  let at = 0;
  while (at < n) {
    const part = st.first();
    const need = n - at;
    if (part.length <= need) {
      out.set(part, at);
      at += part.length;
      st.shiftItem();
    } else {
      out.set(part.subarray(0, need), at);
      at += need;
      st.items[st.head] = part.subarray(need);
    }
  }
  return out;
}

Readable.prototype.setEncoding = function setEncoding(enc) {
  const st = this._readableState;
  const dec = makeDecoder(enc);
  st.decoder = dec;
  st.encoding = dec.encoding;
  let text = '';
  for (const c of st.takeAll()) text += dec.write(c);
  if (text !== '') st.items.push(text);
  st.length = text.length;
  return this;
};

Readable.prototype.on = function on(ev, fn) {
  const result = Stream.prototype.on.call(this, ev, fn);
  const st = this._readableState;
  if (ev === 'data') {
    st.readableListening = this.listenerCount('readable') > 0;
    if (st.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!st.endEmitted && !st.readableListening) {
      st.readableListening = true;
      st.needReadable = true;
      st.flowing = false;
      st.emittedReadable = false;
      if (st.length > 0) {
        queueReadable(this, st);
      } else {
        if (st.ended) queueReadable(this, st);
        if (!st.reading) process.nextTick(kickRead, this);
      }
    }
  }
  return result;
};
Readable.prototype.addListener = Readable.prototype.on;

function kickRead(stream) {
  stream.read(0);
}

Readable.prototype.removeListener = function removeListener(ev, fn) {
  const result = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(recheckListening, this);
  return result;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  const result = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(recheckListening, this);
  return result;
};

function recheckListening(stream) {
  const st = stream._readableState;
  st.readableListening = stream.listenerCount('readable') > 0;
  if (st.resumeScheduled && st.paused === false) st.flowing = true;
  else if (stream.listenerCount('data') > 0) stream.resume();
  else if (!st.readableListening) st.flowing = null;
}

Readable.prototype.resume = function resume() {
  const st = this._readableState;
  if (!st.flowing) {
    st.flowing = !st.readableListening;
    if (!st.resumeScheduled) {
      st.resumeScheduled = true;
      process.nextTick(resumeTick, this, st);
    }
  }
  st.paused = false;
  return this;
};

function resumeTick(stream, st) {
  if (!st.reading) stream.read(0);
  st.resumeScheduled = false;
  stream.emit('resume');
  pump(stream, st);
  if (st.flowing && !st.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const st = this._readableState;
  if (st.flowing !== false) {
    st.flowing = false;
    this.emit('pause');
  }
  st.paused = true;
  return this;
};

Readable.prototype.isPaused = function isPaused() {
  const st = this._readableState;
  return st.paused === true || st.flowing === false;
};

// ---- pipe ------------------------------------------------------------------

Readable.prototype.pipe = function pipe(dest, options) {
  const src = this;
  const st = this._readableState;
  if (st.pipes.length === 1 && !st.multiAwaitDrain) {
    st.multiAwaitDrain = true;
    st.awaitDrainWriters = new Set(st.awaitDrainWriters === null ? [] : [st.awaitDrainWriters]);
  }
  st.pipes.push(dest);
  const autoEnd = (!options || options.end !== false) && dest !== process.stdout && dest !== process.stderr;

  let drainHook = null;
  let detached = false;

  // A write that throws (a chunk the destination refuses, a _transform that
  // throws) destroys the destination with that error, as in node, instead
  // of escaping from the source's 'data' event.
  const onData = (chunk) => {
    let ok;
    try {
      ok = dest.write(chunk);
    } catch (err) {
      if (typeof dest.destroy === 'function') dest.destroy(err);
      else throw err;
      return;
    }
    if (ok === false) holdFor();
  };
  const holdFor = () => {
    if (!detached) {
      if (st.pipes.includes(dest)) {
        if (st.pipes.length === 1) {
          st.awaitDrainWriters = dest;
          st.multiAwaitDrain = false;
        } else {
          st.awaitDrainWriters.add(dest);
        }
      }
      src.pause();
    }
    if (drainHook === null) {
      drainHook = () => {
        const waiting = st.awaitDrainWriters;
        if (waiting === dest) st.awaitDrainWriters = null;
        else if (st.multiAwaitDrain) waiting.delete(dest);
        if ((st.awaitDrainWriters === null || st.awaitDrainWriters.size === 0) && src.listenerCount('data') > 0) {
          src.resume();
        }
      };
      dest.on('drain', drainHook);
    }
  };
  const onError = (err) => {
    detach();
    dest.removeListener('error', onError);
    if (dest.listenerCount('error') === 0) {
      const ws = dest._writableState || dest._readableState;
      if (ws && !ws.errorEmitted) failStream(dest, err);
      else dest.emit('error', err);
    }
  };
  const onClose = () => {
    dest.removeListener('finish', onFinish);
    detach();
  };
  const onFinish = () => {
    dest.removeListener('close', onClose);
    detach();
  };
  const detach = () => {
    src.unpipe(dest);
  };
  const onEnd = () => {
    dest.end();
  };
  const endHook = autoEnd ? onEnd : detach;
  const onUnpipe = (from, info) => {
    if (from !== src || !info || info.hasUnpiped !== false) return;
    info.hasUnpiped = true;
    detached = true;
    dest.removeListener('close', onClose);
    dest.removeListener('finish', onFinish);
    if (drainHook) dest.removeListener('drain', drainHook);
    dest.removeListener('error', onError);
    dest.removeListener('unpipe', onUnpipe);
    src.removeListener('end', onEnd);
    src.removeListener('end', detach);
    src.removeListener('data', onData);
    if (drainHook && st.awaitDrainWriters !== null && (!dest._writableState || dest._writableState.needDrain)) {
      drainHook();
    }
  };

  if (st.endEmitted) process.nextTick(endHook);
  else src.once('end', endHook);
  dest.on('unpipe', onUnpipe);
  src.on('data', onData);
  shared.listenFirst(dest, 'error', onError);
  dest.once('close', onClose);
  dest.once('finish', onFinish);
  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) holdFor();
  else if (!st.flowing) src.resume();
  return dest;
};

Readable.prototype.unpipe = function unpipe(dest) {
  const st = this._readableState;
  if (st.pipes.length === 0) return this;
  if (dest === undefined) {
    const all = st.pipes;
    st.pipes = [];
    this.pause();
    for (const d of all) d.emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const at = st.pipes.indexOf(dest);
  if (at === -1) return this;
  st.pipes.splice(at, 1);
  if (st.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// ---- wrap (old-style streams) ------------------------------------------------

Readable.prototype.wrap = function wrap(old) {
  let paused = false;
  old.on('data', (chunk) => {
    if (!this.push(chunk) && typeof old.pause === 'function' && !paused) {
      paused = true;
      old.pause();
    }
  });
  old.on('end', () => this.push(null));
  old.on('error', (err) => failStream(this, err));
  old.on('close', () => this.destroy());
  old.on('destroy', () => this.destroy());
  this._read = () => {
    if (paused && typeof old.resume === 'function') {
      paused = false;
      old.resume();
    }
  };
  for (const key of Object.keys(old)) {
    if (this[key] === undefined && typeof old[key] === 'function') this[key] = old[key].bind(old);
  }
  return this;
};

// ---- async iteration -----------------------------------------------------------

Readable.prototype[Symbol.asyncIterator] = function() {
  return iterateStream(this, true);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) require('internal/validators').validateObject(options, 'options');
  return iterateStream(this, !options || options.destroyOnReturn !== false);
};

// A hand-written async iterator (cheaper than an async generator here). A
// chunk that is ready is still delivered two microtask turns later, as an
// async generator's yield would be.
const kDone = { value: undefined, done: true };

class ChunkIterator {
  constructor(stream, destroyOnReturn) {
    this.stream = stream;
    this.destroyOnReturn = destroyOnReturn;
    this.outcome = undefined;
    this.over = false;
    this.wake = null;
    this.waiters = null;
    this.poke = () => {
      const fn = this.wake;
      this.wake = null;
      if (fn !== null) fn();
    };
    stream.on('readable', this.poke);
    this.stop = require('internal/streams/finished').finished(stream, { writable: false }, (err) => {
      this.outcome = err ? err : null;
      this.poke();
    });
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  // next() calls made while one is pending are served in order.
  next() {
    return new Promise((resolve, reject) => {
      const waiters = this.waiters;
      if (waiters === null) {
        this.waiters = [];
        this.attempt(resolve, reject);
      } else {
        waiters.push(resolve, reject);
      }
    });
  }

  served() {
    const waiters = this.waiters;
    if (waiters === null || waiters.length === 0) {
      this.waiters = null;
      return;
    }
    const resolve = waiters.shift();
    const reject = waiters.shift();
    this.attempt(resolve, reject);
  }

  attempt(resolve, reject) {
    if (this.over) {
      resolve(kDone);
      this.served();
      return;
    }
    const stream = this.stream;
    const chunk = stream.destroyed ? null : stream.read(undefined);
    if (chunk !== null) {
      queueMicrotask(() => {
        resolve({ value: chunk, done: false });
        this.served();
      });
    } else if (this.outcome) {
      const err = this.outcome;
      this.close(err);
      reject(err);
      this.served();
    } else if (this.outcome === null) {
      this.close(null);
      resolve(kDone);
      this.served();
    } else {
      this.wake = () => this.attempt(resolve, reject);
    }
  }

  // `reason`: undefined when the loop left early (return()), null at the
  // end of the data, else the failure. As in node, the stream is destroyed
  // then (unless iterator({ destroyOnReturn: false }) asked otherwise, or a
  // stream without autoDestroy ended or failed); one not done yet gets an
  // AbortError, whatever the failure was.
  close(reason) {
    if (this.over) return;
    this.over = true;
    const stream = this.stream;
    if ((reason || this.destroyOnReturn) && (reason === undefined || stream._readableState.autoDestroy)) {
      shared.destroyOnce(stream, streamIsDone(stream) ? null : new (require('internal/errors').AbortError)());
    } else {
      stream.removeListener('readable', this.poke);
      this.stop();
    }
  }

  return(value) {
    this.close(undefined);
    return Promise.resolve({ value, done: true });
  }

  throw(err) {
    this.close(err);
    return Promise.reject(err);
  }
}

// Nothing more to come from either side.
function streamIsDone(stream) {
  const rs = stream._readableState;
  if (stream.destroyed === true || (rs && rs.destroyed)) return true;
  if (stream.readable === true && !(rs && rs.endEmitted)) return false;
  return !(stream._writableState && stream.writable === true);
}

// pipeline() iterates a stage's source with this: an early exit aborts it.
const kAbortOnReturn = Symbol('kAbortOnReturn');

function iterateStream(stream, destroyOnReturn) {
  // An old-style stream (only 'data' events, no read()) is read through a
  // Readable wrapping it.
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  return new ChunkIterator(stream, destroyOnReturn);
}

// ---- state getters ---------------------------------------------------------------

function readGetter(fn) {
  return { __proto__: null, get: fn, enumerable: false, configurable: true };
}

Object.defineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    configurable: true,
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(v) {
      if (this._readableState) this._readableState.readable = !!v;
    },
  },
  readableDidRead: readGetter(function() { return this._readableState.dataEmitted; }),
  readableAborted: readGetter(function() {
    const r = this._readableState;
    return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
  }),
  readableHighWaterMark: readGetter(function() { return this._readableState.highWaterMark; }),
  readableBuffer: readGetter(function() { return this._readableState && this._readableState.buffer; }),
  readableFlowing: {
    __proto__: null,
    configurable: true,
    get() { return this._readableState.flowing; },
    set(v) { if (this._readableState) this._readableState.flowing = v; },
  },
  readableLength: readGetter(function() { return this._readableState.length; }),
  readableObjectMode: readGetter(function() { return this._readableState ? this._readableState.objectMode : false; }),
  readableEncoding: readGetter(function() { return this._readableState ? this._readableState.encoding : null; }),
  errored: readGetter(function() { return this._readableState ? this._readableState.errored : null; }),
  closed: readGetter(function() { return this._readableState ? this._readableState.closed : false; }),
  destroyed: {
    __proto__: null,
    configurable: true,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(v) { if (this._readableState) this._readableState.destroyed = v; },
  },
  readableEnded: readGetter(function() { return this._readableState ? this._readableState.endEmitted : false; }),
});

Readable.from = function from(iterable, opts) {
  return require('internal/streams/from').readableFrom(Readable, iterable, opts);
};

Readable.fromWeb = function fromWeb(readableStream, options) {
  return require('internal/webstreams/adapters').readableFromWeb(readableStream, options);
};
Readable.toWeb = function toWeb(streamReadable, options) {
  return require('internal/webstreams/adapters').readableToWeb(streamReadable, options);
};

Readable.wrap = function wrap(src, options) {
  return new Readable({ objectMode: src.readableObjectMode ?? src.objectMode ?? true, ...options,
    destroy(err, cb) {
      shared.destroyOnce(src, err);
      cb(err);
    } }).wrap(src);
};

require('internal/streams/operators').install(Readable);

module.exports = { Readable, ReadSide, takeReadOptions, noop, iterateStream, kAbortOnReturn };
