'use strict';
// IncomingMessage: a request on the server, a response on the client. A
// Readable whose body chunks come from the parser. `headers` and friends
// are folded from rawHeaders on first access. A message whose body is
// already complete when it is created ends on first read, so a GET that is
// never read costs no stream work.

const Stream = require('stream');
const common = require('internal/http/common');

const { Readable } = Stream;
const ReadState = Readable.ReadableState;

function IncomingMessage(socket) {
  // Readable's constructor, but the read side's state is made on first use
  // (the `_readableState` accessor below): a request nobody reads never
  // needs it.
  Stream.call(this);
  this._readState = null;
  this._settled = false;
  this.socket = socket;
  this.httpVersionMajor = 1;
  this.httpVersionMinor = 1;
  this.httpVersion = '1.1';
  this.complete = false;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = false;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this._hdrCache = null;
  this._trlCache = null;
  this._bodyDone = false;
  this._dumped = false;
  this._paused = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, '_readableState', {
  get() {
    let st = this._readState;
    if (st === null) {
      st = this._readState = new ReadState(undefined, false);
      // No read-ahead until the program reads: the stream's own read(0)
      // would count as the program consuming the body.
      st.readingMore = !this._consuming;
      if (this._settled) settledState(st);
    }
    return st;
  },
  set(v) {
    this._readState = v;
  },
  configurable: true,
  enumerable: false,
});

// The state of a request whose response finished before anyone read it:
// ended, closed and destroyed, without the events.
function settledState(st) {
  st.ended = true;
  st.endEmitted = true;
  st.destroyed = true;
  st.closed = true;
  st.closeEmitted = true;
}

// Called by the server once the response is done with a bodiless request
// nobody listened to.
IncomingMessage.prototype._settle = function _settle() {
  this._bodyDone = false;
  if (this._readState === null) this._settled = true;
  else settledState(this._readState);
};

function lazy(name, cacheKey, rawKey, fold) {
  Object.defineProperty(IncomingMessage.prototype, name, {
    get() {
      const c = this[cacheKey];
      if (c !== null && c[name] !== undefined) return c[name];
      const v = fold(this[rawKey], this.joinDuplicateHeaders);
      if (this[cacheKey] === null) this[cacheKey] = {};
      this[cacheKey][name] = v;
      return v;
    },
    set(v) {
      if (this[cacheKey] === null) this[cacheKey] = {};
      this[cacheKey][name] = v;
    },
    configurable: true,
    enumerable: true,
  });
}
lazy('headers', '_hdrCache', 'rawHeaders', common.foldHeaders);
lazy('headersDistinct', '_hdrCache', 'rawHeaders', common.distinctHeaders);
lazy('trailers', '_trlCache', 'rawTrailers', common.foldHeaders);
lazy('trailersDistinct', '_trlCache', 'rawTrailers', common.distinctHeaders);

// node's per-line header folding, for code that builds header objects with
// it (the server folds rawHeaders lazily instead).
IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  const key = common.lowerName(field);
  const prev = Object.hasOwn(dest, key) ? dest[key] : undefined;
  if (key === 'set-cookie') {
    if (prev !== undefined) prev.push(value);
    else dest[key] = [value];
  } else if (common.kFirstWins.has(key) && !this.joinDuplicateHeaders) {
    if (prev === undefined) dest[key] = value;
  } else if (typeof prev === 'string') {
    dest[key] = prev + (key === 'cookie' ? '; ' : ', ') + value;
  } else if (prev === undefined || !common.kFirstWins.has(key)) {
    dest[key] = value;
  } else {
    dest[key] += ', ' + value;
  }
};

IncomingMessage.prototype._addHeaderLineDistinct = function _addHeaderLineDistinct(field, value, dest) {
  const key = common.lowerName(field);
  if (Object.hasOwn(dest, key)) dest[key].push(value);
  else dest[key] = [value];
};

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  get() { return this.socket; },
  set(v) { this.socket = v; },
  configurable: true,
  enumerable: true,
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (this.socket && typeof this.socket.setTimeout === 'function') this.socket.setTimeout(msecs);
  return this;
};

// Whether the program has read the body (the server drops it unread only if
// not), as node tracks it.
IncomingMessage.prototype._consuming = false;

IncomingMessage.prototype.read = function read(n) {
  if (!this._consuming) {
    this._consuming = true;
    this._readableState.readingMore = false;
  }
  return Readable.prototype.read.call(this, n);
};

IncomingMessage.prototype._read = function _read() {
  if (this._bodyDone) {
    this._bodyDone = false;
    this.push(null);
    return;
  }
  resumeSocket.call(this);
};

// Called by the owner when the body is complete (with trailers, if any).
IncomingMessage.prototype._finishBody = function _finishBody(trailers) {
  this.complete = true;
  if (trailers !== undefined) this.rawTrailers = trailers;
  // A socket paused for this body must read again once the body is read
  // (_read is not called for a stream that has ended): it may carry the
  // next request or the client's end.
  if (this._paused) this.once('end', resumeSocket);
  this.push(null);
};

function resumeSocket() {
  if (!this._paused) return;
  this._paused = false;
  const s = this.socket;
  if (s && typeof s.resume === 'function' && !s.destroyed) s.resume();
}

// A body chunk; pauses the socket when the reader is behind.
IncomingMessage.prototype._body = function _body(chunk) {
  if (!this.push(chunk) && !this._paused) {
    const s = this.socket;
    if (s && typeof s.pause === 'function') {
      this._paused = true;
      s.pause();
    }
  }
};

// Reads and drops an unread body (the response is done with it).
IncomingMessage.prototype._dump = function _dump() {
  if (this._dumped) return;
  this._dumped = true;
  this.removeAllListeners('data');
  this.resume();
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  // A message destroyed before it was read to the end is aborted, and so is
  // its connection (the rest of it cannot be skipped), as in node.
  if ((!this.readableEnded || !this.complete) && !this.aborted) {
    this.aborted = true;
    this.emit('aborted');
  }
  const s = this.socket;
  if (this.aborted && s && !s.destroyed && typeof s.destroy === 'function') {
    // The message is closed a turn later, after the socket's destroy has
    // begun.
    s.destroy(err);
  }
  process.nextTick(destroyed, this, err, cb);
};

// As in node, the error is emitted only to a message that listens for it.
function destroyed(msg, err, cb) {
  cb(err && msg.listenerCount('error') > 0 ? err : undefined);
}

module.exports = { IncomingMessage };
