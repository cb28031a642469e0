'use strict';
// Readable.from(iterable) and Duplex.from(body): streams built over
// iterators, promises, functions and { readable, writable } pairs.

const { Buffer } = require('buffer');
const { codes, AbortError } = require('internal/errors');
const {
  isStreamLike, isReadableStreamLike, isWritableStreamLike, isWebStreamLike,
} = require('internal/streams/shared');

function isThenable(v) {
  return v != null && typeof v.then === 'function';
}

// Feeds `stream` from an iterator: _read pulls values (synchronously while
// they are plain values, waiting on promises), push() back-pressure stops it.
// Returns a function that closes the iterator (for _destroy).
function feedFromIterator(stream, iterator, isAsync) {
  let busy = false;
  let closed = false;
  const fail = (err) => {
    busy = false;
    stream.destroy(err);
  };
  const deliver = (value) => {
    if (stream.destroyed) return false;
    if (value === null) {
      fail(new codes.ERR_STREAM_NULL_VALUES());
      return false;
    }
    if (stream.push(value)) return true;
    busy = false;
    return false;
  };
  // true: keep pulling synchronously
  const handle = (step) => {
    if (stream.destroyed) return false;
    if (step.done) {
      closed = true;
      busy = false;
      stream.push(null);
      return false;
    }
    const value = step.value;
    if (isThenable(value)) {
      value.then((v) => {
        if (deliver(v)) pull();
      }, fail);
      return false;
    }
    return deliver(value);
  };
  const pull = () => {
    for (;;) {
      let step;
      try {
        step = iterator.next();
      } catch (err) {
        fail(err);
        return;
      }
      if (isAsync) {
        Promise.resolve(step).then((s) => {
          if (handle(s)) pull();
        }, fail);
        return;
      }
      if (!handle(step)) return;
    }
  };
  stream._read = function() {
    if (busy) return;
    busy = true;
    pull();
  };
  return function closeIterator() {
    if (closed) return undefined;
    closed = true;
    if (typeof iterator.return !== 'function') return undefined;
    try {
      return iterator.return();
    } catch {
      return undefined;
    }
  };
}

function readableFrom(Readable, iterable, opts) {
  if (Buffer.isBuffer(iterable) || typeof iterable === 'string') {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }
  let iterator;
  let isAsync;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }
  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });
  const close = feedFromIterator(readable, iterator, isAsync);
  readable._destroy = function(err, cb) {
    Promise.resolve(close()).then(() => process.nextTick(cb, err), (e) => process.nextTick(cb, err || e));
  };
  return readable;
}

// ---- Duplex.from -----------------------------------------------------------------

function lazyDuplex() {
  return require('internal/streams/duplex').Duplex;
}

const bodyTypes = ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable', 'Function',
  '{ readable, writable } pair', 'Promise'];

// An async iterable the writable side of a Duplex feeds; a write completes
// once the consumer has taken its chunk.
function makeInlet() {
  const waiting = [];
  let wake = null;
  let ended = false;
  let failure = null;
  const poke = () => {
    const fn = wake;
    wake = null;
    if (fn) fn();
  };
  async function* drain() {
    for (;;) {
      if (waiting.length > 0) {
        const item = waiting.shift();
        item.cb();
        yield item.chunk;
      } else if (failure) {
        throw failure;
      } else if (ended) {
        return;
      } else {
        await new Promise((resolve) => { wake = resolve; });
      }
    }
  }
  return {
    iterable: drain(),
    put(chunk, cb) {
      waiting.push({ chunk, cb });
      poke();
    },
    close() {
      ended = true;
      poke();
    },
    abort(err) {
      failure = err;
      poke();
    },
  };
}

// A Duplex over an optional writable and an optional readable. With
// `finishAfter` (a stream), the Duplex's own 'finish' also waits for that
// stream's writable side to finish.
function joinSides(w, r, extra, finishAfter) {
  const Duplex = lazyDuplex();
  const { finished } = require('internal/streams/finished');
  let finalCb = null;
  let waits = 1;
  const release = () => {
    if (--waits !== 0) return;
    const cb = finalCb;
    finalCb = null;
    if (cb) cb();
  };
  let drainCb = null;
  let readPending = false;
  const d = new Duplex({
    readableObjectMode: !!(r && r.readableObjectMode !== false),
    writableObjectMode: !!(w && w.writableObjectMode !== false),
    readable: !!r,
    writable: !!w,
    ...extra,
  });
  if (w) {
    d._write = (chunk, enc, cb) => {
      if (w.write(chunk, enc)) cb();
      else drainCb = cb;
    };
    d._final = (cb) => {
      w.end();
      finalCb = cb;
    };
    w.on('drain', () => {
      const cb = drainCb;
      drainCb = null;
      if (cb) cb();
    });
    finished(w, (err) => {
      if (err) d.destroy(err);
      else release();
    });
    if (finishAfter && finishAfter !== w) {
      waits++;
      finished(finishAfter, { readable: false }, (err) => {
        if (!err) release();
      });
    }
  }
  if (r) {
    const move = () => {
      for (;;) {
        const chunk = r.read();
        if (chunk === null) {
          readPending = true;
          return;
        }
        if (!d.push(chunk)) return;
      }
    };
    r.on('readable', () => {
      if (readPending) {
        readPending = false;
        move();
      }
    });
    r.on('end', () => d.push(null));
    d._read = () => move();
    finished(r, (err) => {
      if (err) d.destroy(err);
    });
  }
  d._destroy = (err, cb) => {
    if (!err && (finalCb !== null || drainCb !== null)) err = new AbortError();
    drainCb = null;
    finalCb = null;
    if (w && !w.destroyed) w.destroy(err);
    if (r && !r.destroyed) r.destroy(err);
    cb(err);
  };
  return d;
}

function fromFunction(fn) {
  const Duplex = lazyDuplex();
  const inlet = makeInlet();
  const out = fn(inlet.iterable);
  const write = (chunk, enc, cb) => inlet.put(chunk, cb);
  if (isThenable(out)) {
    let outcome = null;
    // The function must resolve to nothing: this stream has no readable
    // side to hand a value on.
    let d = null;
    const settled = Promise.resolve(out).then((v) => {
      outcome = v == null ? { ok: true } : { err: new codes.ERR_INVALID_RETURN_VALUE('nully', 'body', v) };
    }, (e) => {
      outcome = { err: e };
      // a failure shows at once, not only when the stream is ended
      d.destroy(e);
    });
    return d = new Duplex({
      objectMode: true,
      highWaterMark: 1,
      readable: false,
      write,
      final(cb) {
        inlet.close();
        settled.then(() => process.nextTick(cb, outcome.err || null));
      },
      destroy(err, cb) {
        inlet.abort(err || new AbortError());
        cb(err);
      },
    });
  }
  if (out && (typeof out[Symbol.asyncIterator] === 'function' || typeof out[Symbol.iterator] === 'function')) {
    const d = new Duplex({ objectMode: true, highWaterMark: 1, write });
    d._final = (cb) => {
      inlet.close();
      cb();
    };
    const close = feedFromIterator(d, typeof out[Symbol.asyncIterator] === 'function' ?
      out[Symbol.asyncIterator]() : out[Symbol.iterator](), typeof out[Symbol.asyncIterator] === 'function');
    d._destroy = (err, cb) => {
      inlet.abort(err || new AbortError());
      const ending = close();
      if (isThenable(ending)) ending.then(() => cb(err), () => cb(err));
      else cb(err);
    };
    return d;
  }
  throw new codes.ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', 'from', out);
}

function duplexFrom(body) {
  const Duplex = lazyDuplex();
  const { Readable } = require('internal/streams/readable');
  if (body instanceof Duplex || (isStreamLike(body) && body._readableState && body._writableState)) return body;
  if (isStreamLike(body)) {
    const r = isReadableStreamLike(body) ? body : null;
    const w = isWritableStreamLike(body) ? body : null;
    if (r || w) return joinSides(w, r);
  }
  if (isWebStreamLike(body, true)) {
    const s = require('internal/webstreams/adapters').nodeStreamFromWeb(body);
    // A lone ReadableStream or WritableStream still gives a Duplex (its
    // other side off), as in node.
    if (s._readableState && s._writableState) return s;
    return joinSides(s._writableState ? s : null, s._readableState ? s : null);
  }
  if (typeof body === 'function') return fromFunction(body);
  if (isThenable(body)) {
    // Read-only; the value (if any) and the end are pushed once it settles,
    // a rejection destroys the stream with that reason.
    const d = new Duplex({ objectMode: true, writable: false, read() {} });
    body.then((v) => {
      if (v != null) d.push(v);
      d.push(null);
    }, (err) => d.destroy(err));
    return d;
  }
  if (body != null && typeof body !== 'string' &&
      (typeof body[Symbol.asyncIterator] === 'function' || typeof body[Symbol.iterator] === 'function')) {
    return joinSides(null, readableFrom(Readable, body, { objectMode: true }));
  }
  if (typeof Blob === 'function' && body instanceof Blob) {
    return duplexFrom((async function*() {
      yield new Uint8Array(await body.arrayBuffer());
    })());
  }
  if (body && typeof body === 'object' && (body.readable !== undefined || body.writable !== undefined)) {
    const r = body.readable ? (isStreamLike(body.readable) ? body.readable : duplexFrom(body.readable)) : null;
    const w = body.writable ? (isStreamLike(body.writable) ? body.writable : duplexFrom(body.writable)) : null;
    return joinSides(w, r);
  }
  throw new codes.ERR_INVALID_ARG_TYPE('body', bodyTypes, body);
}

module.exports = { readableFrom, duplexFrom, joinSides, feedFromIterator, isThenable };
