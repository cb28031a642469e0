'use strict';
// Duplex (a Readable that also carries the Writable side), Transform,
// PassThrough and duplexPair().

const shared = require('internal/streams/shared');
const { Readable, ReadSide, takeReadOptions } = require('internal/streams/readable');
const { Writable, WriteSide, takeWriteOptions, writableProps } = require('internal/streams/writable');
const { codes } = require('internal/errors');


function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  this._readableState = new ReadSide(options, true);
  this._writableState = new WriteSide(options, true);
  takeReadOptions(this, options);
  takeWriteOptions(this, options);
  this.allowHalfOpen = !options || options.allowHalfOpen !== false;
  if (options) {
    if (options.readable === false) {
      const rs = this._readableState;
      rs.readable = false;
      rs.ended = true;
      rs.endEmitted = true;
    }
    if (options.writable === false) {
      const ws = this._writableState;
      ws.writable = false;
      ws.ending = true;
      ws.ended = true;
      ws.finished = true;
    }
  }
  shared.finishSetup(this, options);
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

for (const name of ['destroy', 'write', 'cork', 'uncork', 'setDefaultEncoding', 'end', '_write', '_writev', '_final']) {
  if (typeof Writable.prototype[name] === 'function' || Writable.prototype[name] === null) {
    Duplex.prototype[name] = Writable.prototype[name];
  }
}
{
  const skip = new Set(['destroyed', 'closed', 'errored', 'writableAborted']);
  for (const key of Object.keys(writableProps)) {
    if (!skip.has(key)) Object.defineProperty(Duplex.prototype, key, writableProps[key]);
  }
}
Object.defineProperty(Duplex.prototype, 'destroyed', {
  __proto__: null,
  configurable: true,
  get() {
    const r = this._readableState;
    const w = this._writableState;
    if (!r || !w) return false;
    return r.destroyed && w.destroyed;
  },
  set(v) {
    const r = this._readableState;
    const w = this._writableState;
    if (r && w) r.destroyed = w.destroyed = v;
  },
});

Duplex.from = function from(body) {
  return require('internal/streams/from').duplexFrom(body);
};
Duplex.fromWeb = function fromWeb(pair, options) {
  return require('internal/webstreams/adapters').duplexFromWeb(pair, options);
};
Duplex.toWeb = function toWeb(duplex, options) {
  return require('internal/webstreams/adapters').duplexToWeb(duplex, options);
};

// ---- Transform -------------------------------------------------------------------

const kHeldCallback = Symbol('kHeldCallback');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  Duplex.call(this, options);
  // Data a transform pushes goes out at once when flowing.
  this._readableState.sync = false;
  this[kHeldCallback] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

Transform.prototype._transform = function _transform(chunk, encoding, cb) {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

// The callback handed to _transform is made once per stream; it completes
// the write that is in flight.
const kWriteCb = Symbol('kWriteCb');
const kLengthBefore = Symbol('kLengthBefore');
const kTransformDone = Symbol('kTransformDone');

function makeTransformDone(stream) {
  return (err, out) => {
    const cb = stream[kWriteCb];
    if (cb === null) {
      shared.failStream(stream, new codes.ERR_MULTIPLE_CALLBACK());
      return;
    }
    stream[kWriteCb] = null;
    if (err) {
      cb(err);
      return;
    }
    const rs = stream._readableState;
    if (out != null) stream.push(out);
    // After push(null) the write completes a tick later, as in node: the
    // 'end' that push(null) scheduled comes before the next chunk arrives.
    if (rs.ended) process.nextTick(cb);
    else if (stream._writableState.ended || rs.length === stream[kLengthBefore] || rs.length < rs.highWaterMark) cb();
    else stream[kHeldCallback] = cb;
  };
}

Transform.prototype._write = function _write(chunk, encoding, cb) {
  let done = this[kTransformDone];
  if (done === undefined) done = this[kTransformDone] = makeTransformDone(this);
  this[kWriteCb] = cb;
  this[kLengthBefore] = this._readableState.length;
  this._transform(chunk, encoding, done);
};

Transform.prototype._read = function _read() {
  const held = this[kHeldCallback];
  if (held) {
    this[kHeldCallback] = null;
    held();
  }
};

// (Called without a callback after a _final of the program's own: a flush
// error then destroys the stream.)
Transform.prototype._final = function _final(cb) {
  const close = (err, out) => {
    if (err) {
      if (cb) cb(err);
      else this.destroy(err);
      return;
    }
    if (out != null) this.push(out);
    this.push(null);
    if (cb) cb();
  };
  if (typeof this._flush === 'function' && !this.destroyed) this._flush(close);
  else close();
};

Transform.prototype[shared.kFlushAfterFinal] = Transform.prototype._final;

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

PassThrough.prototype._transform = function _transform(chunk, encoding, cb) {
  cb(null, chunk);
};

// ---- duplexPair ------------------------------------------------------------------

const kPeer = Symbol('kPeer');
const kWaiting = Symbol('kWaiting');

class PairEnd extends Duplex {
  constructor(options) {
    super(options);
    this[kPeer] = null;
    this[kWaiting] = null;
  }

  _write(chunk, encoding, cb) {
    const peer = this[kPeer];
    if (peer.push(chunk)) cb();
    else peer[kWaiting] = cb;
  }

  // Finishes once the peer has delivered the end of data to its reader.
  _final(cb) {
    const peer = this[kPeer];
    peer.once('end', () => cb());
    peer.push(null);
  }

  _read() {
    const cb = this[kWaiting];
    if (cb) {
      this[kWaiting] = null;
      cb();
    }
  }

  _destroy(err, cb) {
    const peer = this[kPeer];
    if (peer && !peer.destroyed) peer.destroy(err);
    cb(err);
  }
}

function duplexPair(options) {
  const a = new PairEnd(options);
  const b = new PairEnd(options);
  a[kPeer] = b;
  b[kPeer] = a;
  return [a, b];
}

module.exports = { Duplex, Transform, PassThrough, duplexPair };
