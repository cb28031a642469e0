'use strict';
// OutgoingMessage: the writing half shared by ServerResponse and
// ClientRequest. A legacy Stream (as in node), not a Writable: it keeps its
// own small state so a response costs few allocations.
//
// Headers live in `_hdrs` (lower-cased name -> [name as given, value]). The
// head is built once, by writeHead() or at the first write/end, and sent
// glued to the first body bytes: res.end(body) is one socket write.
// While the message may not use its socket yet (a pipelined response whose
// predecessor is still going, a request waiting for a socket), output is
// queued in `_queued` and flushed by _attach().

const Stream = require('stream');
const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { validateString } = require('internal/validators');
const common = require('internal/http/common');

const { scanValue, validateHeaderName, validateHeaderValue, httpDate } = common;

const kCRLF = '\r\n';
const kLastChunk = '0\r\n';

// Socket-side bookkeeping: final writes waiting for their callback, in order.
const kFinishing = Symbol('kFinishing');
const kOnWritten = Symbol('kOnWritten');
// net.Socket's direct text write (stdlib/net.js).
const kWriteText = Symbol.for('jolt.net.writeText');
// Set on a socket once it relays its 'drain' to its current message.
const kDrainRelay = Symbol('kDrainRelay');

function OutgoingMessage(options) {
  Stream.call(this);
  this._hdrs = null;
  this._head = null;
  this._headSent = false;
  this._wide = false;
  this._chunked = false;
  this._bodyless = false;
  this._ended = false;
  this._done = false;
  this._queued = null;
  this._attached = false;
  this._trailer = '';
  this._knownLength = -1;
  this._keepAliveHint = 0;
  this._keepAliveMax = 0;
  this._declaredLength = -1;  // a Content-Length the program set, for strictContentLength
  this._bodyBytes = 0;        // body bytes accepted so far (counted under strictContentLength)
  this.socket = null;
  this.sendDate = false;
  this.shouldKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.chunkedEncoding = false;
  this.destroyed = false;
  this._closed = false;
  this._removed = 0;  // automatic headers the program removed (kRemoved* bits)
  this._endCallbacks = null;  // end()'s callbacks, called with null just before 'finish'
  this.strictContentLength = false;
  // Stays true, as node's does, even once the message has ended or closed.
  this.writable = true;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

// Stored headers: an object with nothing inherited, made by `new` (cheaper
// than a literal with a null prototype).
function HeaderTable() {}
HeaderTable.prototype = Object.create(null);

function storeHeader(msg, name, value, append) {
  validateHeaderName(name);
  if (typeof value === 'string') {
    // One pass both validates the value and notes latin1 bytes in it.
    const kind = scanValue(value);
    if (kind < 0) throw new codes.ERR_INVALID_CHAR('header content', name);
    if (kind === 1) msg._wide = true;
  } else {
    validateHeaderValue(name, value);
    if (!msg._wide) noteWide(msg, value);
  }
  if (msg._hdrs === null) msg._hdrs = new HeaderTable();
  const key = common.lowerName(name);
  if (msg._wide && key === 'content-disposition') msg._latin1Head = true;
  const prev = msg._hdrs[key];
  if (append && prev !== undefined) {
    const a = Array.isArray(prev[1]) ? prev[1] : [prev[1]];
    prev[1] = a.concat(value);
  } else {
    msg._hdrs[key] = [name, value];
  }
}

function noteWide(msg, value) {
  if (typeof value === 'string') {
    if (scanValue(value) === 1) msg._wide = true;
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) noteWide(msg, value[i]);
  }
}

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._head !== null) throw new codes.ERR_HTTP_HEADERS_SENT('set');
  storeHeader(this, name, value, false);
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._head !== null) throw new codes.ERR_HTTP_HEADERS_SENT('append');
  storeHeader(this, name, value, true);
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._head !== null) throw new codes.ERR_HTTP_HEADERS_SENT('set');
  if (!headers || typeof headers.forEach !== 'function' || Array.isArray(headers)) {
    throw new codes.ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  // A Headers object lists each Set-Cookie on its own: they become one
  // header with all the values, set after the others (as node does).
  let cookies = null;
  let cookieName;
  headers.forEach((value, name) => {
    if (typeof name === 'string' && name.toLowerCase() === 'set-cookie' && !(headers instanceof Map)) {
      if (cookies === null) cookies = [];
      cookies.push(value);
      cookieName = name;
      return;
    }
    this.setHeader(name, value);
  });
  if (cookies !== null) this.setHeader(cookieName, cookies);
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  validateString(name, 'name');
  if (this._hdrs === null) return undefined;
  const e = this._hdrs[name.toLowerCase()];
  return e === undefined ? undefined : e[1];
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  validateString(name, 'name');
  return this._hdrs !== null && this._hdrs[name.toLowerCase()] !== undefined;
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  validateString(name, 'name');
  if (this._head !== null) throw new codes.ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  if (this._hdrs !== null) delete this._hdrs[key];
  // Removing a header node adds by itself means: do not add it.
  switch (key) {
    case 'date': this.sendDate = false; break;
    case 'connection': this._removed |= kRemovedConnection; break;
    case 'content-length': this._removed |= kRemovedLength; break;
    case 'transfer-encoding': this._removed |= kRemovedChunking; break;
  }
};

const kRemovedConnection = 1;
const kRemovedLength = 2;
const kRemovedChunking = 4;
const kRemovedDefaults = kRemovedConnection | kRemovedLength | kRemovedChunking;

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const out = Object.create(null);
  if (this._hdrs !== null) {
    for (const key in this._hdrs) out[key] = this._hdrs[key][1];
  }
  return out;
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this._hdrs === null ? [] : Object.keys(this._hdrs);
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const out = [];
  if (this._hdrs !== null) {
    for (const key in this._hdrs) out.push(this._hdrs[key][0]);
  }
  return out;
};

Object.defineProperties(OutgoingMessage.prototype, {
  headersSent: { get() { return this._head !== null; }, configurable: true, enumerable: true },
  writableEnded: { get() { return this._ended; }, configurable: true, enumerable: true },
  finished: {
    get() { return this._ended; },
    set(v) { this._ended = !!v; },
    configurable: true,
    enumerable: true,
  },
  writableFinished: { get() { return this._done; }, configurable: true, enumerable: true },
  closed: { get() { return this._closed; }, configurable: true, enumerable: true },
  writableObjectMode: { get() { return false; }, configurable: true, enumerable: true },
  writableCorked: {
    get() { return this.socket ? this.socket.writableCorked | 0 : this._corked; },
    configurable: true,
    enumerable: true,
  },
  writableHighWaterMark: {
    get() { return this.socket ? this.socket.writableHighWaterMark : Stream.getDefaultHighWaterMark(false); },
    configurable: true,
    enumerable: true,
  },
  writableLength: {
    get() { return this._queuedBytes + (this.socket ? this.socket.writableLength : 0); },
    configurable: true,
    enumerable: true,
  },
  writableNeedDrain: {
    get() { return !this.destroyed && !this._ended && this._needDrain; },
    configurable: true,
    enumerable: true,
  },
  // Bytes waiting for the message's socket (node's name for it).
  outputSize: {
    get() { return this._queuedBytes; },
    configurable: true,
    enumerable: true,
  },
  connection: {
    get() { return this.socket; },
    set(v) { this.socket = v; },
    configurable: true,
    enumerable: true,
  },
});

// Backpressure state, on the prototype: a message that never fills its
// socket's buffer never sets them.
OutgoingMessage.prototype._queuedBytes = 0;  // output queued until _attach()
OutgoingMessage.prototype._needDrain = false;  // a write returned false: 'drain' is owed
OutgoingMessage.prototype._corked = 0;  // cork() calls made while there was no socket
OutgoingMessage.prototype._didCork = false;  // cork() was called: end() uncorks fully

// Headers named in the uniqueHeaders option (a Set of lower-case names, or
// null): several values go out as one line, joined with '; '.
OutgoingMessage.prototype._uniqueHeaders = null;

function uniqueNames(list) {
  if (!Array.isArray(list) || list.length === 0) return null;
  const set = new Set();
  for (let i = 0; i < list.length; i++) set.add(typeof list[i] === 'string' ? list[i].toLowerCase() : list[i]);
  return set;
}

// The lines of one header of `msg`, its uniqueHeaders option applied.
function messageHeaderLines(msg, name, value) {
  const unique = msg._uniqueHeaders;
  if (unique !== null && Array.isArray(value) && unique.has(common.lowerName(name))) {
    return name + ': ' + value.join('; ') + kCRLF;
  }
  return headerLines(name, value);
}

// Appends `name: value` lines for one stored header.
function headerLines(name, value) {
  if (Array.isArray(value)) {
    let s = '';
    for (let i = 0; i < value.length; i++) s += name + ': ' + value[i] + kCRLF;
    return s;
  }
  return name + ': ' + value + kCRLF;
}

// The last head made from stored headers alone (no `extra`, and none of
// the headers whose value steers the framing: Date, Connection,
// Content-Length, Transfer-Encoding, Keep-Alive), with everything it was
// made from. A server that answers alike (the same status and header
// values, the same second of the Date header) then reuses one string, which
// is flattened once and written from a cache (see kWriteText in net.js),
// instead of concatenating and flattening a head per response.
const lastHead = {
  line: null,
  names: [],
  values: [],      // strings and numbers only: arrays could change in place
  date: '',
  keepAlive: false,
  hint: 0,
  max: 0,
  bodyless: false,
  length: -1,
  chunkedDefault: false,
  oneOne: false,
  head: '',
  chunked: false,  // what the framing decided: Transfer-Encoding: chunked,
  unframed: false, // or neither length nor chunking
};

function reuseHead(msg, firstLine) {
  const m = lastHead;
  if (firstLine !== m.line) return false;
  const hdrs = msg._hdrs;
  const names = m.names;
  const values = m.values;
  let n = 0;
  if (hdrs !== null) {
    for (const key in hdrs) {
      const e = hdrs[key];
      if (n === names.length || e[0] !== names[n] || e[1] !== values[n]) return false;
      n++;
    }
  }
  if (n !== names.length || msg.shouldKeepAlive !== m.keepAlive || msg._keepAliveHint !== m.hint ||
      msg._keepAliveMax !== m.max || msg._bodyless !== m.bodyless || msg._knownLength !== m.length ||
      msg.useChunkedEncodingByDefault !== m.chunkedDefault || msg._httpOneOne() !== m.oneOne ||
      (msg.sendDate ? httpDate() : '') !== m.date) return false;
  if (m.chunked) msg._chunked = true;
  if (m.unframed) msg._unframed();
  msg.chunkedEncoding = msg._chunked;
  msg._head = m.head;
  return true;
}

// Builds the head from `firstLine` and the stored headers (plus `extra`, a
// headers object or flat/paired array given to writeHead), adding Date,
// Connection, Keep-Alive and the body framing node adds.
OutgoingMessage.prototype._buildHead = function _buildHead(firstLine, extra) {
  const removed = this._removed;
  const unique = this._uniqueHeaders !== null;
  if (extra === undefined && removed === 0 && !unique && reuseHead(this, firstLine)) return;
  const keepAlive = this.shouldKeepAlive;
  let head = firstLine;
  let sawDate = false;
  let sawConn = false;
  let sawLength = false;
  let sawTE = false;
  let sawKeepAlive = false;
  let sawTrailer = false;  // a Trailer header: the body is chunked, for its trailers
  let reusable = extra === undefined && removed === 0 && !unique;
  const hdrs = this._hdrs;
  if (hdrs !== null) {
    for (const key in hdrs) {
      const e = hdrs[key];
      head += messageHeaderLines(this, e[0], e[1]);
      switch (key) {
        case 'date': sawDate = true; reusable = false; break;
        case 'connection': sawConn = true; reusable = false; this._connValue(e[1]); break;
        case 'content-length':
          sawLength = true;
          reusable = false;
          this._declaredLength = Number(e[1]);
          break;
        case 'transfer-encoding': sawTE = true; reusable = false; this._teValue(e[1]); break;
        case 'keep-alive': sawKeepAlive = true; reusable = false; break;
        case 'trailer': sawTrailer = true; reusable = false; break;
        default:
          if (typeof e[1] !== 'string' && typeof e[1] !== 'number') reusable = false;
      }
    }
  }
  if (extra !== undefined) {
    const pairs = flattenHeaders(extra);
    for (let i = 0; i < pairs.length; i += 2) {
      const name = pairs[i];
      const value = pairs[i + 1];
      validateHeaderName(name);
      validateHeaderValue(name, value);
      if (!this._wide) noteWide(this, value);
      head += messageHeaderLines(this, name, value);
      switch (common.lowerName(name)) {
        case 'date': sawDate = true; break;
        case 'connection': sawConn = true; this._connValue(value); break;
        case 'content-length': sawLength = true; this._declaredLength = Number(value); break;
        case 'transfer-encoding': sawTE = true; this._teValue(value); break;
        case 'keep-alive': sawKeepAlive = true; break;
        case 'trailer': sawTrailer = true; break;
        case 'content-disposition': if (this._wide) this._latin1Head = true; break;
      }
    }
  }
  if (this.sendDate && !sawDate) head += 'Date: ' + httpDate() + kCRLF;
  if (!sawConn && (removed & kRemovedConnection) === 0) {
    if (this.shouldKeepAlive) {
      head += 'Connection: keep-alive\r\n';
      if (this._keepAliveHint > 0 && !sawKeepAlive) {
        head += 'Keep-Alive: timeout=' + Math.floor(this._keepAliveHint / 1000) +
          (this._keepAliveMax > 0 ? ', max=' + this._keepAliveMax : '') + kCRLF;
      }
    } else {
      head += 'Connection: close\r\n';
    }
  }
  let chunked = false;
  let unframed = false;
  if (!sawLength && !sawTE && !this._bodyless) {
    if (this._knownLength >= 0 && (this.shouldKeepAlive || this._httpOneOne()) &&
        (removed & kRemovedLength) === 0 && !sawTrailer) {
      head += 'Content-Length: ' + this._knownLength + kCRLF;
    } else if (this.useChunkedEncodingByDefault && this._httpOneOne() && (removed & kRemovedChunking) === 0) {
      head += 'Transfer-Encoding: chunked\r\n';
      this._chunked = chunked = true;
    } else {
      unframed = true;
      this._unframed();
    }
  }
  // Trailers need a chunked body (node refuses them before any head is made).
  if (sawTrailer && !this._chunked) throw new codes.ERR_HTTP_TRAILER_INVALID();
  this.chunkedEncoding = this._chunked;
  this._head = head + kCRLF;
  if (reusable) rememberHead(this, firstLine, keepAlive, chunked, unframed);
};

function rememberHead(msg, firstLine, keepAlive, chunked, unframed) {
  const m = lastHead;
  const names = [];
  const values = [];
  const hdrs = msg._hdrs;
  if (hdrs !== null) {
    for (const key in hdrs) {
      names.push(hdrs[key][0]);
      values.push(hdrs[key][1]);
    }
  }
  m.line = firstLine;
  m.names = names;
  m.values = values;
  m.date = msg.sendDate ? httpDate() : '';
  m.keepAlive = keepAlive;
  m.hint = msg._keepAliveHint;
  m.max = msg._keepAliveMax;
  m.bodyless = msg._bodyless;
  m.length = msg._knownLength;
  m.chunkedDefault = msg.useChunkedEncodingByDefault;
  m.oneOne = msg._httpOneOne();
  m.head = msg._head;
  m.chunked = chunked;
  m.unframed = unframed;
}

// A body with neither length nor chunking ends with the connection.
OutgoingMessage.prototype._unframed = function _unframed() {
  this.shouldKeepAlive = false;
};

OutgoingMessage.prototype._httpOneOne = function _httpOneOne() {
  return true;
};

OutgoingMessage.prototype._connValue = function _connValue(v) {
  if (/\bclose\b/i.test(String(v))) this.shouldKeepAlive = false;
};

OutgoingMessage.prototype._teValue = function _teValue(v) {
  if (/\bchunked\s*$/i.test(String(v))) this._chunked = true;
};

function flattenHeaders(h) {
  const out = [];
  if (Array.isArray(h)) {
    if (h.length > 0 && Array.isArray(h[0])) {
      for (let i = 0; i < h.length; i++) out.push(h[i][0], h[i][1]);
    } else {
      if (h.length % 2 !== 0) throw new codes.ERR_INVALID_ARG_VALUE('headers', h);
      for (let i = 0; i < h.length; i++) out.push(h[i]);
    }
  } else if (h !== null && typeof h === 'object') {
    for (const k of Object.keys(h)) out.push(k, h[k]);
  }
  return out;
}

function checkChunk(chunk) {
  if (chunk === null) throw new codes.ERR_STREAM_NULL_VALUES();
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
}

// The last short body found to be ASCII: a server sending the same text
// again (the same string) skips the scan.
let asciiChunk = '';

// Byte length of a body chunk. Short UTF-8 text is measured here: a call
// into native code costs more than scanning a few dozen characters.
function chunkBytes(chunk, encoding) {
  if (typeof chunk !== 'string') return chunk.byteLength;
  if (encoding === 'latin1' || encoding === 'binary') return chunk.length;
  if (chunk.length <= 64 && (encoding === undefined || encoding === 'utf8')) {
    if (chunk === asciiChunk) return chunk.length;
    for (let i = 0; i < chunk.length; i++) {
      if (chunk.charCodeAt(i) >= 0x80) return Buffer.byteLength(chunk, encoding);
    }
    asciiChunk = chunk;
    return chunk.length;
  }
  return Buffer.byteLength(chunk, encoding);
}

// prefix + chunk + suffix; the same string as last time when all three
// repeat (a reused head before the same short body), so that a response
// like the last one needs no new text, nor any flattening before its write.
// Bodies up to 16 KiB only: the last one stays referenced here.
let joinedParts = ['', '', ''];
let joinedText = '';
function joinText(prefix, chunk, suffix) {
  const p = joinedParts;
  if (chunk === p[1] && prefix === p[0] && suffix === p[2]) return joinedText;
  const text = prefix + chunk + suffix;
  if (chunk.length <= 16384) {
    joinedParts = [prefix, chunk, suffix];
    joinedText = text;
  }
  return text;
}

function asciiCompatible(enc) {
  return enc === undefined || enc === 'utf8' || enc === 'utf-8' || enc === 'latin1' ||
    enc === 'binary' || enc === 'ascii';
}

// Glues `prefix` (ASCII framing or the head) before `chunk` and `suffix` after;
// returns [data, encoding] for one socket write.
// `inOne`: end()'s single write. Node sends the head of a message with a
// length (not chunked) in the body's encoding there, so latin1 header bytes
// go out UTF-8 encoded next to a text body, unless they are in a
// Content-Disposition (_latin1Head); otherwise the head goes out as latin1.
OutgoingMessage.prototype._latin1Head = false;
OutgoingMessage.prototype._frame = function _frame(prefix, chunk, encoding, suffix, inOne) {
  if (typeof chunk === 'string' && asciiCompatible(encoding) &&
      (!this._wide || encoding === 'latin1' || encoding === 'binary' ||
       (inOne && !this._chunked && !this._latin1Head))) {
    return [joinText(prefix, chunk, suffix), encoding || 'utf8'];
  }
  const body = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
  const pre = Buffer.from(prefix, 'latin1');
  const parts = suffix === '' ? [pre, body] : [pre, body, Buffer.from(suffix, 'latin1')];
  return [Buffer.concat(parts), undefined];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = undefined;
  }
  checkChunk(chunk);
  if (this._ended) {
    const err = new codes.ERR_STREAM_WRITE_AFTER_END();
    process.nextTick(writeAfterEnd, this, err, callback);
    return false;
  }
  if (this.destroyed) {
    const err = new codes.ERR_STREAM_DESTROYED('write');
    if (typeof callback === 'function') process.nextTick(callback, err);
    return false;
  }
  if (this._head === null) this._implicitHeader();
  if (this.strictContentLength && this._checksLength) strictLength(this, chunkBytes(chunk, encoding), false);
  if (this._bodyless && this._rejectsBody()) throw new codes.ERR_HTTP_BODY_NOT_ALLOWED();
  if (this._bodyless || chunkBytes(chunk, encoding) === 0) {
    if (typeof callback === 'function') process.nextTick(callback);
    if (!this._headSent && this._bodyless) return this._sendHead(callback);
    return true;
  }
  let prefix = '';
  let suffix = '';
  // (_head stays null when a subclass's _implicitHeader made none.)
  if (!this._headSent && this._head !== null) prefix = this._head;
  if (this._chunked) {
    prefix += chunkBytes(chunk, encoding).toString(16) + kCRLF;
    suffix = kCRLF;
  }
  this._headSent = true;
  const f = prefix === '' && suffix === '' ? [chunk, encoding] : this._frame(prefix, chunk, encoding, suffix);
  if (this._out(f[0], f[1], callback, false)) return true;
  owesDrain(this);
  return false;
};

// A write returned false: 'drain' follows when the socket's buffer empties
// (or, for output still queued, once it has gone to the socket). The
// socket relays its 'drain' to whichever message it carries then.
function owesDrain(msg) {
  msg._needDrain = true;
  if (msg._attached && msg.socket !== null) relayDrain(msg.socket);
}

function relayDrain(socket) {
  if (socket[kDrainRelay] === true) return;
  socket[kDrainRelay] = true;
  socket.on('drain', onSocketDrain);
}

function onSocketDrain() {
  const msg = this._httpMessage;
  if (msg != null && msg._needDrain && !msg._ended) {
    msg._needDrain = false;
    msg.emit('drain');
  }
}

function emitQueuedDrain(msg) {
  if (msg._needDrain && !msg._ended && !msg.destroyed) {
    msg._needDrain = false;
    msg.emit('drain');
  }
}

// strictContentLength: a body longer than the Content-Length set (by a
// write), or not equal to it (at end), throws. At an end() that also made
// the head the chunk counts even when it throws (node reports it so on a
// later end()).
function strictLength(msg, size, ending, headless) {
  const declared = msg._declaredLength;
  if (!(declared >= 0)) return;
  const total = msg._bodyBytes + size;
  if (ending && headless) msg._bodyBytes = total;
  if (ending ? total !== declared : total > declared) {
    throw new codes.ERR_HTTP_CONTENT_LENGTH_MISMATCH(total, declared);
  }
  msg._bodyBytes = total;
}

// Only responses check (a ClientRequest's writes go out unchecked in node).
OutgoingMessage.prototype._checksLength = false;

// Whether a body written to a message that may not have one throws
// (the server's rejectNonStandardBodyWrites) instead of being dropped.
OutgoingMessage.prototype._rejectsBody = function _rejectsBody() {
  return false;
};

function addEndCallback(msg, callback) {
  if (msg._endCallbacks === null) msg._endCallbacks = [callback];
  else msg._endCallbacks.push(callback);
}

function writeAfterEnd(msg, err, callback) {
  if (typeof callback === 'function') callback(err);
  if (!msg.destroyed) msg.emit('error', err);
}

// Sends the head alone (flushHeaders, bodiless messages).
OutgoingMessage.prototype._sendHead = function _sendHead(callback) {
  if (this._headSent) return true;
  this._headSent = true;
  return this._out(this._head, 'latin1', callback, false);
};

// Node's lower layers, which some programs call: raw bytes as they are,
// and (_send) the same after the head if that has not gone yet.
OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = undefined;
  }
  if (this.destroyed) return false;
  return this._out(data, encoding, callback, false);
};

OutgoingMessage.prototype._send = function _send(data, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = undefined;
  }
  if (!this._headSent && this._head !== null) {
    this._headSent = true;
    const f = this._frame(this._head, data, encoding, '');
    return this._writeRaw(f[0], f[1], callback);
  }
  return this._writeRaw(data, encoding, callback);
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (this._head === null) this._implicitHeader();
  this._sendHead(undefined);
};

// Each call replaces the trailers of the last one, as in node.
OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  // (node reads the object's keys, which fails the same way)
  if (headers == null) throw new TypeError('Cannot convert undefined or null to object');
  const pairs = flattenHeaders(headers);
  let text = '';
  for (let i = 0; i < pairs.length; i += 2) {
    const name = pairs[i];
    const value = pairs[i + 1];
    validateHeaderName(name, 'Trailer name');
    const values = Array.isArray(value) ? value : [value];
    for (let j = 0; j < values.length; j++) {
      if (scanValue(String(values[j])) < 0) throw new codes.ERR_INVALID_CHAR('trailer content', name);
    }
    text += messageHeaderLines(this, name, value);
  }
  this._trailer = text;
};

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = undefined;
    encoding = undefined;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = undefined;
  }
  if (chunk != null) checkChunk(chunk);
  else chunk = undefined;
  if (this._ended) {
    // As in node: more data is an error (on the callback and as 'error');
    // a bare end() waits for 'finish', or fails at once after it.
    if (chunk !== undefined) {
      process.nextTick(writeAfterEnd, this, new codes.ERR_STREAM_WRITE_AFTER_END(), callback);
    } else if (typeof callback === 'function') {
      if (this._done) callback(new codes.ERR_STREAM_ALREADY_FINISHED('end'));
      else addEndCallback(this, callback);
    }
    return this;
  }
  if (this.destroyed) {
    if (typeof callback === 'function') process.nextTick(callback, new codes.ERR_STREAM_DESTROYED('end'));
    return this;
  }
  // The body's byte count, measured once.
  const size = chunk !== undefined && !this._bodyless ? chunkBytes(chunk, encoding) : 0;
  const headless = this._head === null;
  if (headless) {
    if (chunk !== undefined && !this._bodyless) this._knownLength = size;
    else if (chunk === undefined && this.useChunkedEncodingByDefault) this._knownLength = 0;
    this._implicitHeader();
  }
  // (As in node, an empty string is no body here, an empty buffer is.)
  if (this._bodyless && chunk !== undefined && chunk !== '' && this._rejectsBody()) {
    throw new codes.ERR_HTTP_BODY_NOT_ALLOWED();
  }
  if (typeof callback === 'function') addEndCallback(this, callback);
  if (this.strictContentLength && this._checksLength) strictLength(this, size, true, headless);
  this._ended = true;
  const hasBody = !this._bodyless && size > 0;
  let prefix = this._headSent || this._head === null ? '' : this._head;
  this._headSent = true;
  // A bodiless message (HEAD, 204, 304) gets no last chunk either, even
  // with Transfer-Encoding: chunked set by the program.
  if (this._chunked && !this._bodyless) {
    let tail = kLastChunk + this._trailer + kCRLF;
    if (hasBody) {
      prefix += size.toString(16) + kCRLF;
      tail = kCRLF + tail;
      const f = this._frame(prefix, chunk, encoding, tail, true);
      this._out(f[0], f[1], undefined, true);
    } else {
      this._out(prefix + tail, 'latin1', undefined, true);
    }
  } else if (hasBody) {
    const f = prefix === '' ? [chunk, encoding] : this._frame(prefix, chunk, encoding, '', true);
    this._out(f[0], f[1], undefined, true);
  } else {
    this._out(prefix, 'latin1', undefined, true);
  }
  // As in node, end() lifts all of the message's corks.
  if (this._didCork) uncorkFully(this);
  return this;
};

function uncorkFully(msg) {
  msg._corked = 0;
  const socket = msg.socket;
  if (socket === null || typeof socket.uncork !== 'function') return;
  while (socket.writableCorked > 0) socket.uncork();
}

// Hands data to the socket, or queues it until _attach(). `last` marks the
// final write of the message: its completion emits 'finish'.
// Queued output counts against the high-water mark as the socket's would.
OutgoingMessage.prototype._out = function _out(data, encoding, callback, last) {
  if (this._attached && this.socket !== null) return this._toSocket(data, encoding, callback, last);
  // A plain OutgoingMessage (or a program's subclass) whose socket the
  // program set itself writes to it; requests and responses wait for _attach().
  if (this.socket !== null && !this._attachesItself) {
    this._attach(this.socket);
    return this._toSocket(data, encoding, callback, last);
  }
  if (this._queued === null) this._queued = [];
  this._queued.push(data, encoding, callback, last);
  this._queuedBytes += typeof data === 'string' ? data.length : data.byteLength;
  return this._queuedBytes < this.writableHighWaterMark;
};

OutgoingMessage.prototype._toSocket = function _toSocket(data, encoding, callback, last) {
  const socket = this.socket;
  if (socket.destroyed || !socket.writable) {
    if (typeof callback === 'function') process.nextTick(callback, new codes.ERR_STREAM_DESTROYED('write'));
    return false;
  }
  if (last) {
    let q = socket[kFinishing];
    if (q === undefined) {
      q = socket[kFinishing] = [];
      // A closure, not a bound function: the engine calls it directly.
      socket[kOnWritten] = (err) => finalWritten(socket, err);
    }
    q.push(this);
    // With nothing left to send, 'finish' waits for what came before; the
    // next pipelined response may write now either way.
    const r = data === '' || data.length === 0 ? socket.write('', 'latin1', socket[kOnWritten]) :
      finalWrite(socket, data, encoding, socket[kOnWritten]);
    this._afterLastWrite();
    return r;
  }
  return socket.write(data, encoding, callback);
};

// A message's last write: UTF-8 or latin1 text goes to a net.Socket's
// handle directly when the socket's stream is idle (the common response),
// unless the program replaced socket.write to watch what is written.
let socketWrite;
function finalWrite(socket, data, encoding, cb) {
  if (typeof data === 'string' && socket[kWriteText] !== undefined) {
    if (socketWrite === undefined) socketWrite = require('net').Socket.prototype.write;
    const latin1 = encoding === 'latin1';
    if ((latin1 || encoding === 'utf8' || encoding === undefined) && socket.write === socketWrite &&
        socket[kWriteText](data, latin1, cb)) return true;
  }
  return socket.write(data, encoding, cb);
}

// Called when a message's final write to `socket` has completed.
function finalWritten(socket, err) {
  const msg = common.takeFirst(socket[kFinishing]);
  if (msg === undefined || err) return;
  msg._done = true;
  const cbs = msg._endCallbacks;
  if (cbs !== null) {
    msg._endCallbacks = null;
    for (let i = 0; i < cbs.length; i++) cbs[i](null);
  }
  msg.emit('finish');
  msg._onFinish();
}

OutgoingMessage.prototype._afterLastWrite = function _afterLastWrite() {};
OutgoingMessage.prototype._onFinish = function _onFinish() {};

OutgoingMessage.prototype._attachesItself = false;

// Lets the message write to `socket` and flushes what was queued.
OutgoingMessage.prototype._attach = function _attach(socket) {
  this.socket = socket;
  this._attached = true;
  if (this._corked > 0) {
    for (let i = 0; i < this._corked; i++) socket.cork();
    this._corked = 0;
  }
  const q = this._queued;
  if (q === null) return;
  this._queued = null;
  this._queuedBytes = 0;
  let ok = true;
  for (let i = 0; i < q.length; i += 4) ok = this._toSocket(q[i], q[i + 1], q[i + 2], q[i + 3]);
  if (this._needDrain) {
    if (ok) process.nextTick(emitQueuedDrain, this);
    else relayDrain(socket);
  }
};

// Without a socket yet, corks are counted and applied to it when it comes.
OutgoingMessage.prototype.cork = function cork() {
  this._didCork = true;
  if (this.socket !== null) {
    if (typeof this.socket.cork === 'function') this.socket.cork();
  } else {
    this._corked++;
  }
};

OutgoingMessage.prototype.uncork = function uncork() {
  if (this.socket !== null) {
    if (typeof this.socket.uncork === 'function') this.socket.uncork();
  } else if (this._corked > 0) {
    this._corked--;
  }
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (this.socket !== null && typeof this.socket.setTimeout === 'function') this.socket.setTimeout(msecs);
  else this.once('socket', (s) => s.setTimeout(msecs));
  return this;
};

// What destroy() was given (even undefined); null until then. On the
// prototype so that a message that is never destroyed costs nothing.
OutgoingMessage.prototype._destroyError = null;
Object.defineProperty(OutgoingMessage.prototype, 'errored', {
  get() { return this._destroyError; },
  enumerable: false,
  configurable: false,
});

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this._destroyError = error;
  if (this.socket !== null) this.socket.destroy(error);
  else this.once('socket', (s) => s.destroy(error));
  return this;
};

// With captureRejections, an async listener's rejection destroys the
// message with that error (a response passes it to its socket).
OutgoingMessage.prototype[require('events').captureRejectionSymbol] = function onRejection(err, event) {
  this.destroy(err);
};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', new codes.ERR_STREAM_CANNOT_PIPE());
};

module.exports = {
  OutgoingMessage,
  uniqueNames,
  validateHeaderName,
  validateHeaderValue,
  kFinishing,
  kRemovedDefaults,
};
