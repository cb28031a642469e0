'use strict';
// node:net. Socket is a stream.Duplex over a native handle from
// internalBinding('net') (runtime/bindings/net_binding.cc); Server owns a
// listening handle. Native calls return 0 or a negative errno, which become
// node's errors here. Each read arrives as one call, onread(nread, buffer),
// with `this` the handle; `handle.owner` leads back to the Socket or Server.

const EventEmitter = require('events');
const { Duplex } = require('internal/streams/duplex');
const {
  codes,
  ErrnoException,
  ExceptionWithHostPort,
  UVExceptionWithHostPort,
  ConnResetException,
} = require('internal/errors');
const {
  validateFunction,
  validateInt32,
  validateNumber,
  validateObject,
  validatePort,
  validateString,
  validateBoolean,
  validateAbortSignal,
} = require('internal/validators');

const kEof = -4095;
const kDefaultBacklog = 511;

let bindingCache;
function binding() {
  if (bindingCache === undefined) {
    bindingCache = internalBinding('net');
    bindingCache.setup({
      onread: handleRead,
      onconnection: dispatchConnection,
      onconnect: handleConnect,
      onwrite: handleWrite,
      onshutdown: handleShutdown,
    });
    // Reads arrive as Buffers: node:buffer registers their prototype.
    require('buffer');
  }
  return bindingCache;
}

let BufferCtor;
function toBuffer(chunk, encoding) {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return typeof chunk === 'string' ? BufferCtor.from(chunk, encoding) : chunk;
}

let timersModule;
function timers() {
  if (timersModule === undefined) timersModule = require('timers');
  return timersModule;
}

// 4 or 6 for an IP literal the handle can take, else 0.
function literalFamily(host) {
  return typeof host === 'string' ? binding().ipFamily(host) : 0;
}

// Node's socket errors are plain Errors (err.constructor === Error).
function plainError(err) {
  Object.setPrototypeOf(err, Error.prototype);
  return err;
}

function errnoError(status, syscall) {
  return plainError(new ErrnoException(status, syscall));
}

// Host names go through node:dns (or the program's own lookup function).
function lookupHost(host, options, lookup, callback) {
  if (lookup === undefined) lookup = require('dns').lookup;
  lookup(host, options, callback);
}

// options.blockList: a net.BlockList, or null/undefined for none.
function blockListOption(value, name) {
  if (value === undefined || value === null) return undefined;
  if (!require('internal/net/blocklist').BlockList.isBlockList(value)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'net.BlockList', value);
  }
  return value;
}

function isBlocked(blockList, address, family) {
  return blockList !== undefined && blockList.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

// ---- Socket -----------------------------------------------------------------------

const kPendingWrites = Symbol('kPendingWrites');
const kTimeout = Symbol('kTimeout');
const kReadCount = Symbol('readCount');
const kWriteCount = Symbol('writeCount');
const kFinalCallback = Symbol('kFinalCallback');
const kHadError = Symbol('kHadError');
const kPeer = Symbol('kPeer');
const kSockName = Symbol('kSockName');
const kRefWanted = Symbol('kRefWanted');
const kTcpOptions = Symbol('kTcpOptions');
const kBlockList = Symbol('kBlockList');
const kOnRead = Symbol('kOnRead');
const kFamilyRace = Symbol('kFamilyRace');
const kHeldBytes = Symbol('kHeldBytes');
// The handle whose writeString writeText last called, and that function:
// a property of a native handle is found by a call into the engine on
// every access (its class's lookup cannot be cached), so the function is
// read once per handle.
const kWriteFrom = Symbol('kWriteFrom');
const kWriteFn = Symbol('kWriteFn');
const kHandleId = Symbol('kHandleId');
const kAddrConfig = 32; // dns.ADDRCONFIG, which node's connect asks for
const kMinAttemptMs = 10;

function Socket(options) {
  if (new.target === undefined) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else if (options === undefined) options = {};
  else validateObject(options, 'options');
  // An fd the program already has (a connected socket or a pipe) is
  // adopted before anything else can fail.
  const adopted = options.fd === undefined ? null : handleForFd(options.fd);
  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this[kPendingWrites] = [];
  this[kTimeout] = null;
  this[kReadCount] = 0;
  this[kWriteCount] = 0;
  this[kHeldBytes] = 0;
  this[kWriteFrom] = null;
  this[kWriteFn] = null;
  this[kHandleId] = 0;
  this[kFinalCallback] = null;
  this[kHadError] = false;
  this[kPeer] = undefined;
  this[kSockName] = undefined;
  this[kRefWanted] = true;
  this[kTcpOptions] = {
    noDelay: Boolean(options.noDelay),
    keepAlive: Boolean(options.keepAlive),
    keepAliveDelay: keepAliveSeconds(options.keepAliveInitialDelay),
  };
  for (const key of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
    if (options[key]) throw new codes.ERR_INVALID_ARG_VALUE(`options.${key}`, options[key], 'is not supported');
  }
  Duplex.call(this, {
    ...options,
    // Only a socket over a given fd can be made one-way (as in node).
    readable: adopted === null || options.readable !== false,
    writable: adopted === null || options.writable !== false,
    allowHalfOpen: true,
    emitClose: false,
    autoDestroy: true,
    decodeStrings: false,
  });
  this.allowHalfOpen = options.allowHalfOpen === true;
  this.server = null;
  this._server = null;
  const handle = adopted || options.handle;
  if (handle) {
    this._handle = handle;
    this._handle.owner = this;
    applySocketOptions(this);
  }
  this.on('end', onReadableEnd);
  const { onread } = options;
  if (onread !== null && typeof onread === 'object' && typeof onread.callback === 'function' &&
      (typeof onread.buffer === 'function' || onread.buffer instanceof Uint8Array)) {
    this[kOnRead] = { buffer: onread.buffer, callback: onread.callback, pending: [], ended: false };
    this.push = pushToOnRead;
  }
  const { signal } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

// A handle over `fd`: TCP sockets, Unix sockets and pipes are streams here.
function handleForFd(fd) {
  validateInt32(fd, 'fd', 0);
  const kind = internalBinding('stdio').guessHandleType(fd);
  if (kind !== 'TCP' && kind !== 'PIPE') throw new codes.ERR_INVALID_FD_TYPE(kind);
  const handle = binding().createHandle();
  const status = handle.open(fd, true);
  if (status < 0) throw errnoError(status, 'open');
  return handle;
}

// The TCP options a socket asked for before it had a connected handle
// (what is off by default needs no call).
function applySocketOptions(socket) {
  const o = socket[kTcpOptions];
  const handle = socket._handle;
  if (o.noDelay && typeof handle.setNoDelay === 'function') handle.setNoDelay(true);
  if (o.keepAlive && typeof handle.setKeepAlive === 'function') handle.setKeepAlive(true, o.keepAliveDelay);
  if (!socket[kRefWanted]) handle.unref();
}

// A keep-alive delay in ms as the whole seconds the handle takes (never
// negative, 0 for anything that is not a number).
function keepAliveSeconds(ms) {
  const seconds = Math.trunc(ms / 1000);
  return seconds > 0 ? seconds : 0;
}

// The peer ended its side: without allowHalfOpen, end ours too (after the
// program's own 'end' listeners ran, which still see a writable socket).
function onReadableEnd() {
  if (!this.allowHalfOpen) {
    // Our side ended already: a write from those listeners fails as EPIPE.
    if (this.writableEnded) this.write = writeAfterEnd;
    process.nextTick(endOwnSide, this);
  } else if (this.writableFinished) this.destroy();
}

function endOwnSide(socket) {
  socket.write = writeAfterEnd;
  if (socket.writable) socket.end();
  if (socket.writableFinished) socket.destroy();
}

function writeAfterEnd(chunk, encoding, cb) {
  if (typeof encoding === 'function') cb = encoding;
  const err = new ConnResetException('This socket has been ended by the other party');
  err.code = 'EPIPE';
  // The callback hears of it before the 'error' event.
  if (typeof cb === 'function') process.nextTick(cb, err);
  this.destroy(err);
  return false;
}

// options.onread: what is read goes into the program's buffer (or one its
// function hands out each time) and to its callback, never to 'data'. A
// paused socket (or a callback returning false) keeps the rest for resume().
// This replaces push() on such a socket only.
function pushToOnRead(chunk) {
  const state = this[kOnRead];
  if (chunk === null) state.ended = true;
  else state.pending.push(chunk);
  return drainOnRead(this);
}

function drainOnRead(socket) {
  const state = socket[kOnRead];
  const { pending } = state;
  while (pending.length > 0) {
    if (socket.readableFlowing === false || socket.destroyed) return false;
    const target = typeof state.buffer === 'function' ? state.buffer() : state.buffer;
    const piece = pending[0];
    const n = Math.min(target.length, piece.length);
    target.set(n === piece.length ? piece : piece.subarray(0, n));
    if (n === piece.length) pending.shift();
    else pending[0] = piece.subarray(n);
    if (state.callback.call(socket, n, target) === false) socket.pause();
  }
  if (state.ended) {
    state.ended = false;
    // The read that finds the end takes a buffer too.
    if (typeof state.buffer === 'function') state.buffer();
    Duplex.prototype.push.call(socket, null);
    socket.read(0);
    return false;
  }
  return socket.readableFlowing !== false;
}

function touch(socket) {
  const t = socket[kTimeout];
  if (t !== null) t.refresh();
}

function handleRead(nread, buffer) {
  const socket = this.owner;
  if (socket === undefined || socket.destroyed) return;
  if (nread > 0) {
    socket[kReadCount] += nread;
    touch(socket);
    if (!socket.push(buffer)) this.readStop();
    return;
  }
  if (nread === kEof) {
    socket.push(null);
    // Nobody may be reading: let 'end' come anyway once the buffer is empty.
    if (socket.readableLength === 0) socket.read(0);
    return;
  }
  socket.destroy(errnoError(nread, 'read'));
}

function handleConnect(status) {
  const socket = this.owner;
  if (socket === undefined || socket.destroyed) return;
  if (status < 0) {
    connectFailed(socket, status);
    return;
  }
  if (socket[kFamilyRace] !== undefined) socket[kFamilyRace].stop();
  socket.connecting = false;
  applySocketOptions(socket);
  socket.emit('connect');
  socket.emit('ready');
  // The listeners may have destroyed the socket.
  if (socket._handle === null) return;
  flushPendingAfterConnect(socket);
  if (socket._handle !== null && socket.readableFlowing !== false) socket._handle.readStart();
}

function handleWrite(status, acked) {
  const socket = this.owner;
  if (socket === undefined) return;
  if (acked) {
    // A write JS counted as done already failed later on.
    if (!socket.destroyed) socket.destroy(errnoError(status, 'write'));
    return;
  }
  const entry = socket[kPendingWrites].shift();
  if (entry === undefined) return;
  if (status < 0) {
    // Writes cut off by destroy() come back ECANCELED from the close.
    const err = errnoError(status, 'write');
    entry.cb(err);
    if (!socket.destroyed) socket.destroy(err);
    return;
  }
  socket[kWriteCount] += entry.bytes;
  touch(socket);
  entry.cb();
}

function handleShutdown(status) {
  const socket = this.owner;
  if (socket === undefined) return;
  const cb = socket[kFinalCallback];
  socket[kFinalCallback] = null;
  if (cb !== null) cb();
}

// Work that waited for the connection: the first write and end().
function flushPendingAfterConnect(socket) {
  const waiting = socket._afterConnect;
  if (waiting === undefined) return;
  socket._afterConnect = undefined;
  for (let i = 0; i < waiting.length; i++) waiting[i]();
}

function whenConnected(socket, fn) {
  if (socket._afterConnect === undefined) socket._afterConnect = [];
  socket._afterConnect.push(fn);
}

// A write made while connecting: counted in bytesWritten meanwhile, and
// failed with ERR_SOCKET_CLOSED_BEFORE_CONNECTION if the socket is
// destroyed first (dropHeldWrites).
function holdUntilConnected(socket, bytes, write, cb) {
  socket[kHeldBytes] += bytes;
  const run = () => {
    socket[kHeldBytes] -= bytes;
    write();
  };
  run.writeCallback = cb;
  whenConnected(socket, run);
}

function dropHeldWrites(socket) {
  const waiting = socket._afterConnect;
  if (waiting === undefined) return;
  socket._afterConnect = undefined;
  socket[kHeldBytes] = 0;
  for (const fn of waiting) {
    if (fn.writeCallback !== undefined) process.nextTick(fn.writeCallback, new codes.ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
  }
}

function dispatchWrite(socket, cb, bytes, status) {
  if (status === 0) {
    socket[kWriteCount] += bytes;
    touch(socket);
    cb();
  } else if (status === 1) {
    socket[kPendingWrites].push({ cb, bytes });
  } else {
    cb(errnoError(status, 'write'));
  }
}

Socket.prototype._write = function _write(chunk, encoding, cb) {
  if (this.connecting || !this._handle) {
    if (this.connecting) {
      holdUntilConnected(this, chunkBytes(chunk, encoding), () => this._write(chunk, encoding, cb), cb);
      return;
    }
    cb(new codes.ERR_SOCKET_CLOSED());
    return;
  }
  if (typeof chunk === 'string') {
    // UTF-8 and latin1 text is encoded by the handle itself (no Buffer);
    // the result carries the byte count: bytes * 2 + status, or -errno.
    const latin1 = encoding === 'latin1' || encoding === 'binary';
    if (latin1 || encoding === 'utf8' || encoding === 'utf-8' || encoding === undefined) {
      const r = this._handle.writeString(chunk, latin1, this.writableHighWaterMark);
      if (r === undefined) dispatchWrite(this, cb, chunk.length, 0);
      else if (r < 0) dispatchWrite(this, cb, 0, r);
      else dispatchWrite(this, cb, (r - (r & 1)) / 2, r & 1);
      return;
    }
  }
  const buf = toBuffer(chunk, encoding);
  dispatchWrite(this, cb, buf.length, this._handle.writeBuffer(buf, this.writableHighWaterMark));
};

// The last text given to writeText and its number, which the handle's
// writeString takes as its textId: the same characters get the same
// number, and the handle then copies the bytes it kept from that write.
let lastText = '';
let lastTextId = 0;

// The binding's deferral block (net_binding.cc, Deferral): while the HTTP
// parser dispatches a read of handle block[0], a reply that repeats the
// handle's remembered text (id block[2], latin1 block[3]) is only marked
// (block[1] = 1) and written natively when the dispatch returns, sparing a
// native call per request. block[4]: bytes queued on that handle.
let deferBlock = null;

// For node:http's responses: text handed straight to the handle while the
// Writable holds nothing, skipping its state machine. `cb` runs as the
// Writable's would (on a later tick once written). Returns false, having
// done nothing, when the Writable must take the write.
Socket.prototype[Symbol.for('jolt.net.writeText')] = function writeText(text, latin1, cb) {
  const handle = this._handle;
  const ws = this._writableState;
  if (handle === null || this.connecting || this.destroyed || !this.writable ||
      ws.length !== 0 || ws.corked !== 0) return false;
  const hwm = ws.highWaterMark;
  let id = 0;
  if (text.length <= 16384) {
    if (text !== lastText) {
      lastText = text;
      lastTextId++;
    }
    id = lastTextId;
  }
  if (this[kWriteFrom] !== handle) {
    this[kWriteFn] = handle.writeString;
    this[kWriteFrom] = handle;
    this[kHandleId] = handle.id();
    if (deferBlock === null) deferBlock = binding().deferBlock;
  }
  const block = deferBlock;
  const deferred = id !== 0 && block[0] === this[kHandleId] && block[1] === 0 && block[2] === id &&
    block[3] === (latin1 ? 1 : 0) && block[4] + text.length <= hwm;
  if (deferred) block[1] = 1;
  const r = deferred ? undefined : this[kWriteFn].call(handle, text, latin1, hwm, id);
  if (r === undefined) {  // written at once (or deferred), one byte per character
    this[kWriteCount] += text.length;
    touch(this);
    process.nextTick(cb);
    return true;
  }
  if (r < 0) return false;
  const bytes = (r - (r & 1)) / 2;
  if ((r & 1) === 0) {
    this[kWriteCount] += bytes;
    touch(this);
    process.nextTick(cb);
  } else {
    this[kPendingWrites].push({ cb, bytes });
  }
  return true;
};

Socket.prototype._writev = function _writev(chunks, cb) {
  if (this.connecting || !this._handle) {
    if (this.connecting) {
      let bytes = 0;
      for (const c of chunks) bytes += chunkBytes(c.chunk, c.encoding);
      holdUntilConnected(this, bytes, () => this._writev(chunks, cb), cb);
      return;
    }
    cb(new codes.ERR_SOCKET_CLOSED());
    return;
  }
  const bufs = new Array(chunks.length);
  let bytes = 0;
  for (let i = 0; i < chunks.length; i++) {
    bufs[i] = toBuffer(chunks[i].chunk, chunks[i].encoding);
    bytes += bufs[i].length;
  }
  dispatchWrite(this, cb, bytes, this._handle.writev(bufs, this.writableHighWaterMark));
};

Socket.prototype._final = function _final(cb) {
  if (this.connecting) {
    whenConnected(this, () => this._final(cb));
    return;
  }
  if (!this._handle) {
    cb();
    return;
  }
  const r = this._handle.shutdown();
  if (r < 0) {
    cb();
    return;
  }
  this[kFinalCallback] = cb;
};

Socket.prototype._read = function _read() {
  if (this.connecting || !this._handle) {
    return;
  }
  this._handle.readStart();
};

Socket.prototype._destroy = function _destroy(err, cb) {
  if (this[kFamilyRace] !== undefined) this[kFamilyRace].stop();
  if (this.connecting) dropHeldWrites(this);
  this.connecting = false;
  this._clearTimeout();
  const handle = this._handle;
  this[kFinalCallback] = null;
  if (handle) {
    this._handle = null;
    const hadError = Boolean(err) || this[kHadError];
    handle.close(() => {
      handle.owner = undefined;
      this.emit('close', hadError);
    });
    if (this._server !== null) this._server._connectionClosed();
  }
  if (err) this._hadError = true;
  cb(err);
  // A socket without a handle closes on the next turn, after its error
  // (with no hadError argument, as node's).
  if (!handle) process.nextTick(() => this.emit('close'));
};

Socket.prototype._clearTimeout = function _clearTimeout() {
  if (this[kTimeout] !== null) {
    timers().clearTimeout(this[kTimeout]);
    this[kTimeout] = null;
  }
};

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  validateNumber(msecs, 'msecs');
  if (!(msecs >= 0) || !Number.isFinite(msecs)) {
    throw new codes.ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  this.timeout = msecs;
  this._clearTimeout();
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    const t = timers().setTimeout(() => {
      this[kTimeout] = null;
      this.emit('timeout');
    }, msecs);
    t.unref();
    this[kTimeout] = t;
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

// Both setters reach the handle only for a change (an HTTP agent re-arms
// keep-alive each time a socket goes back to its pool); a connecting socket
// keeps the wish for its connect.
Socket.prototype.setNoDelay = function setNoDelay(enable) {
  const on = enable === undefined ? true : Boolean(enable);
  const o = this[kTcpOptions];
  if (o.noDelay === on) return this;
  o.noDelay = on;
  const handle = this._handle;
  if (handle && !this.connecting && typeof handle.setNoDelay === 'function') handle.setNoDelay(on);
  return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelay) {
  const on = Boolean(enable);
  const delay = keepAliveSeconds(initialDelay);
  const o = this[kTcpOptions];
  if (o.keepAlive === on && (!on || o.keepAliveDelay === delay)) return this;
  o.keepAlive = on;
  o.keepAliveDelay = delay;
  const handle = this._handle;
  if (handle && !this.connecting && typeof handle.setKeepAlive === 'function') handle.setKeepAlive(on, delay);
  return this;
};

Socket.prototype.address = function address() {
  return sockName(this) || {};
};

function sockName(socket) {
  if (socket[kSockName] === undefined) {
    if (!socket._handle) return undefined;
    const out = {};
    if (socket._handle.getsockname(out) !== 0) return undefined;
    socket[kSockName] = out;
  }
  return socket[kSockName];
}

function peerName(socket) {
  if (socket[kPeer] === undefined) {
    if (!socket._handle || socket.connecting) return undefined;
    const out = {};
    if (socket._handle.getpeername(out) !== 0) return undefined;
    socket[kPeer] = out;
  }
  return socket[kPeer];
}

function defineGetter(name, get) {
  Object.defineProperty(Socket.prototype, name, { __proto__: null, configurable: true, enumerable: false, get });
}

defineGetter('remoteAddress', function () {
  return peerName(this)?.address;
});
defineGetter('remoteFamily', function () {
  return peerName(this)?.family;
});
defineGetter('remotePort', function () {
  return peerName(this)?.port;
});
defineGetter('localAddress', function () {
  return sockName(this)?.address;
});
defineGetter('localPort', function () {
  return sockName(this)?.port;
});
defineGetter('localFamily', function () {
  return sockName(this)?.family;
});
// Plus what a native reader of the handle took (node:http's parser sets
// this symbol to a function giving its count).
const kBytesReadElsewhere = Symbol.for('jolt.net.bytesReadElsewhere');
defineGetter('bytesRead', function () {
  const elsewhere = this[kBytesReadElsewhere];
  return elsewhere === undefined ? this[kReadCount] : this[kReadCount] + elsewhere();
});
// Bytes, not characters: what went out, what the handle holds, what waits
// for the connection, and what the Writable still buffers.
defineGetter('bytesWritten', function () {
  let bytes = this[kWriteCount] + this[kHeldBytes];
  for (const e of this[kPendingWrites]) bytes += e.bytes;
  const buffered = this.writableBuffer;
  if (buffered) for (const e of buffered) bytes += chunkBytes(e.chunk, e.encoding);
  return bytes;
});

function chunkBytes(chunk, encoding) {
  if (typeof chunk !== 'string') return chunk.length;
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor.byteLength(chunk, encoding);
}
defineGetter('_connecting', function () {
  return this.connecting;
});
defineGetter('pending', function () {
  return !this._handle || this.connecting;
});
defineGetter('readyState', function () {
  if (this.connecting) return 'opening';
  if (this.readable && this.writable) return 'open';
  if (this.readable && !this.writable) return 'readOnly';
  if (!this.readable && this.writable) return 'writeOnly';
  return 'closed';
});
defineGetter('bufferSize', function () {
  return this._handle ? this.writableLength + this._handle.queueSize() : undefined;
});

Socket.prototype.ref = function ref() {
  this[kRefWanted] = true;
  if (this._handle) this._handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  this[kRefWanted] = false;
  if (this._handle) this._handle.unref();
  return this;
};

Socket.prototype.pause = function pause() {
  if (this._handle && !this.connecting) this._handle.readStop();
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function resume() {
  if (this._handle && !this.connecting && !this.destroyed && !this._readableState.ended) this._handle.readStart();
  const r = Duplex.prototype.resume.call(this);
  if (this[kOnRead] !== undefined) process.nextTick(drainOnRead, this);
  return r;
};

Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

// RST instead of FIN; a connecting socket resets once connected, and a
// socket without a handle fails with ERR_SOCKET_CLOSED.
Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  const handle = this._handle;
  if (!handle) return this.destroy(new codes.ERR_SOCKET_CLOSED());
  if (this.connecting) {
    whenConnected(this, () => this.resetAndDestroy());
    return this;
  }
  if (typeof handle.resetOnClose === 'function' && handle.resetOnClose() === -95 /* ENOTSUP */) {
    throw new codes.ERR_INVALID_HANDLE_TYPE();
  }
  return this.destroy();
};

// connect(options[, cb]) | connect(path[, cb]) | connect(port[, host][, cb])
function normalizeConnectArgs(args) {
  if (args.length === 0) return [{}, null];
  const first = args[0];
  let options;
  if (first !== null && typeof first === 'object') options = first;
  else if (typeof first === 'string' && !/^\d+$/.test(first) && Number.isNaN(Number(first))) options = { path: first };
  else {
    options = { port: first };
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  return [options, typeof cb === 'function' ? cb : null];
}

Socket.prototype.connect = function connect(...args) {
  let options;
  let cb;
  if (Array.isArray(args[0]) && args[0].length === 2 && typeof args[0][1] !== 'object') {
    [options, cb] = args[0];
  } else {
    [options, cb] = normalizeConnectArgs(args);
  }
  if (this.write === writeAfterEnd) delete this.write;
  if (this.destroyed) {
    // A new connection counts its bytes afresh.
    this._undestroy();
    this[kReadCount] = 0;
    this[kWriteCount] = 0;
    this._handle = null;
    this[kPeer] = undefined;
    this[kSockName] = undefined;
  }
  if (cb !== null) this.once('connect', cb);
  if (options.timeout) this.setTimeout(options.timeout);
  if (options.noDelay !== undefined) this[kTcpOptions].noDelay = Boolean(options.noDelay);
  if (options.keepAlive !== undefined) {
    this[kTcpOptions].keepAlive = Boolean(options.keepAlive);
    this[kTcpOptions].keepAliveDelay = keepAliveSeconds(options.keepAliveInitialDelay);
  }
  const { path } = options;
  if (path !== undefined) {
    validateString(path, 'options.path');
    this.connecting = true;
    this._handle = binding().createHandle();
    this._handle.owner = this;
    startConnect(this, { path });
    return this;
  }
  const host = options.host === undefined || options.host === null ? 'localhost' : options.host;
  if (typeof host !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('options.host', 'string', host);
  let { port } = options;
  if (port === undefined) throw new codes.ERR_MISSING_ARGS(['options', 'port', 'path']);
  const portType = typeof port;
  if (portType !== 'string' && portType !== 'number') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
  }
  validatePort(port);
  port = Number(port);
  this[kBlockList] = blockListOption(options.blockList, 'options.blockList');
  const { localAddress } = options;
  if (localAddress !== undefined && !literalFamily(localAddress)) {
    throw new codes.ERR_INVALID_IP_ADDRESS(localAddress);
  }
  if (options.localPort != null) {
    validateNumber(options.localPort, 'options.localPort');
    validatePort(options.localPort, 'options.localPort');
  }
  let family = options.family ?? 0;
  if (family === 'IPv4') family = 4;
  else if (family === 'IPv6') family = 6;
  if (family !== 0 && family !== 4 && family !== 6) {
    throw new codes.ERR_INVALID_ARG_VALUE('options.family', options.family, 'must be one of: 0, 4, 6');
  }
  this.connecting = true;
  this._host = host;
  this._handle = binding().createHandle();
  this._handle.owner = this;
  const target = { address: host, port, family: 0, localAddress, localPort: options.localPort ?? undefined };
  const literal = literalFamily(host);
  if (literal) {
    target.family = literal;
    process.nextTick(() => startConnect(this, target));
    return this;
  }
  if (options.lookup !== undefined) validateFunction(options.lookup, 'options.lookup');
  // Happy eyeballs (RFC 8305, section 5) when no family is asked for: every
  // address is looked up and raced (see FamilyRace).
  let race = false;
  let attemptMs = familyAttemptMs;
  if (family === 0) {
    race = familyAutoSelect;
    if (options.autoSelectFamily !== undefined) {
      validateBoolean(options.autoSelectFamily, 'options.autoSelectFamily');
      race = options.autoSelectFamily;
    }
    if (options.autoSelectFamilyAttemptTimeout !== undefined) {
      validateInt32(options.autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
      attemptMs = Math.max(options.autoSelectFamilyAttemptTimeout, kMinAttemptMs);
    }
  }
  // As node asks: family only when one was given, ADDRCONFIG when it is 0.
  const lookupOptions = {};
  if (options.family !== undefined) lookupOptions.family = family;
  lookupOptions.hints = options.hints ?? (family === 0 ? kAddrConfig : 0);
  if (race) lookupOptions.all = true;
  lookupHost(host, lookupOptions, options.lookup, (err, address, addressFamily) => {
    if (!this.connecting) return;
    if (err) {
      this.emit('lookup', err, address, addressFamily, host);
      // A lookup may answer at once: the error waits a turn, so that whoever
      // got the socket from connect() can listen for it first.
      process.nextTick(() => this.destroy(err));
      return;
    }
    let list = race ? address : [{ address, family: addressFamily }];
    if (!Array.isArray(list)) list = [{}];
    if (list.length === 0) {
      err = new Error(`getaddrinfo ENOTFOUND ${host}`);
      err.code = 'ENOTFOUND';
      this.emit('lookup', err, undefined, undefined, host);
      this.destroy(err);
      return;
    }
    for (const entry of list) this.emit('lookup', null, entry.address, entry.family, host);
    const bad = list.find((entry) => !literalFamily(entry.address));
    if (bad !== undefined) {
      this.destroy(new codes.ERR_INVALID_IP_ADDRESS(bad.address));
      return;
    }
    // A race skips addresses of an unknown family; a lone one is an error.
    if (list.length > 1) list = list.filter((entry) => entry.family === 4 || entry.family === 6);
    if (list.length === 1 && list[0].family !== 4 && list[0].family !== 6) {
      this.destroy(new codes.ERR_INVALID_ADDRESS_FAMILY(list[0].family, host, port));
      return;
    }
    target.address = list[0].address;
    target.family = literalFamily(list[0].address);
    if (list.length > 1) {
      this[kFamilyRace] = new FamilyRace(this, target, list, attemptMs);
      this[kFamilyRace].next();
      return;
    }
    startConnect(this, target);
  });
  return this;
};

// One connect at a time over the looked-up addresses, families alternating
// (starting with the first address's). An attempt that has not connected
// after `attemptMs` is given up for the next address; the socket fails only
// when every address did, with an AggregateError of them all.
class FamilyRace {
  constructor(socket, target, list, attemptMs) {
    this.socket = socket;
    this.target = target;
    this.order = alternateFamilies(list);
    this.index = 0;
    this.errors = [];
    this.timer = null;
    this.attemptMs = attemptMs;
    socket.autoSelectFamilyAttemptedAddresses = [];
  }

  // Starts the attempt on the next address, on a fresh handle.
  next() {
    const { socket, target } = this;
    const { address } = this.order[this.index++];
    if (this.index > 1) {
      socket._handle.owner = undefined;
      socket._handle.close();
      socket._handle = binding().createHandle();
      socket._handle.owner = socket;
    }
    target.address = address;
    target.family = literalFamily(address);
    socket.autoSelectFamilyAttemptedAddresses.push(`${address}:${target.port}`);
    if (this.index < this.order.length) {
      this.timer = timers().setTimeout(() => this.attemptTimedOut(), this.attemptMs);
    }
    startConnect(socket, target);
  }

  attemptTimedOut() {
    this.timer = null;
    const { socket, target } = this;
    socket.emit('connectionAttemptTimeout', target.address, target.port, target.family);
    this.errors.push(new ExceptionWithHostPort(-110 /* ETIMEDOUT */, 'connect', target.address, target.port));
    this.next();
  }

  // The current attempt failed with `err`: true when another one started.
  failed(err) {
    this.clearTimer();
    this.errors.push(err);
    if (this.index < this.order.length) {
      this.next();
      return true;
    }
    this.stop();
    const all = new AggregateError(this.errors);
    all.code = this.errors[0].code;
    this.socket.connecting = false;
    this.socket.destroy(all);
    return true;
  }

  clearTimer() {
    if (this.timer !== null) timers().clearTimeout(this.timer);
    this.timer = null;
  }

  // Connected, or destroyed.
  stop() {
    this.clearTimer();
    this.socket[kFamilyRace] = undefined;
  }
}

function alternateFamilies(list) {
  const first = list[0].family;
  const same = list.filter((entry) => entry.family === first);
  const other = list.filter((entry) => entry.family !== first);
  const out = [];
  for (let i = 0; i < same.length || i < other.length; i++) {
    if (i < same.length) out.push(same[i]);
    if (i < other.length) out.push(other[i]);
  }
  return out;
}

// A connect that failed (at once or from the loop): the next raced
// address, or the socket's error.
function connectFailed(socket, status) {
  const target = socket._connectTarget;
  const err = plainError(target.path !== undefined
    ? new ExceptionWithHostPort(status, 'connect', target.path)
    : new ExceptionWithHostPort(status, 'connect', target.address, target.port));
  if (target.path === undefined) socket.emit('connectionAttemptFailed', target.address, target.port, target.family, err);
  const race = socket[kFamilyRace];
  if (race !== undefined && race.failed(err)) return;
  socket.connecting = false;
  socket.destroy(err);
}

function startConnect(socket, target) {
  if (!socket.connecting || socket.destroyed) return;
  socket._connectTarget = target;
  const handle = socket._handle;
  let status;
  if (target.path !== undefined) {
    status = handle.connectPipe(target.path);
  } else {
    if (target.localAddress !== undefined || target.localPort !== undefined) {
      const local = target.localAddress ?? (literalFamily(target.address) === 6 ? '::' : '0.0.0.0');
      status = handle.bind(local, target.localPort ?? 0, 0);
      if (status < 0) {
        socket.destroy(new ExceptionWithHostPort(status, 'bind', local, target.localPort ?? 0));
        return;
      }
    }
    if (isBlocked(socket[kBlockList], target.address, target.family)) {
      const err = new codes.ERR_IP_BLOCKED(target.address);
      const race = socket[kFamilyRace];
      if (race !== undefined && race.failed(err)) return;
      socket.connecting = false;
      socket.destroy(err);
      return;
    }
    socket.emit('connectionAttempt', target.address, target.port, target.family);
    status = handle.connect(target.address, target.port);
  }
  if (status < 0) connectFailed(socket, status);
}

// ---- Server -----------------------------------------------------------------------

const kConnections = Symbol('kConnections');
const kCloseCallbacks = Symbol('kCloseCallbacks');
const kPipeName = Symbol('kPipeName');
const kListenLookup = Symbol('kListenLookup');

function Server(options, connectionListener) {
  if (new.target === undefined) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options === undefined || options === null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  this[kConnections] = 0;
  this._handle = null;
  this._connections = 0;
  this[kPipeName] = undefined;
  this.allowHalfOpen = options.allowHalfOpen === true;
  this.pauseOnConnect = options.pauseOnConnect === true;
  this.noDelay = options.noDelay === true;
  this.keepAlive = options.keepAlive === true;
  this.keepAliveInitialDelay = keepAliveSeconds(options.keepAliveInitialDelay);
  this.highWaterMark = options.highWaterMark;
  this.blockList = blockListOption(options.blockList, 'options.blockList');
  this._unref = false;
  this.maxConnections = undefined;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return this._handle !== null;
  },
});

// The native side calls this with `this` the listening handle, whose
// onconnection (handleConnection, or a program's replacement) takes it.
function dispatchConnection(status, clientHandle) {
  this.onconnection(status, clientHandle);
}

function handleConnection(status, clientHandle) {
  const server = this.owner;
  if (server === undefined) {
    if (clientHandle) clientHandle.close();
    return;
  }
  if (status < 0) {
    server.emit('error', errnoError(status, 'accept'));
    return;
  }
  if (server.blockList !== undefined) {
    const peer = {};
    if (clientHandle.getpeername(peer) === 0 && isBlocked(server.blockList, peer.address, peer.family === 'IPv6' ? 6 : 4)) {
      clientHandle.close();
      return;
    }
  }
  if (server.maxConnections !== undefined && server._connections >= server.maxConnections) {
    const info = {};
    const peer = {};
    if (clientHandle.getsockname(info) === 0 && clientHandle.getpeername(peer) === 0) {
      server.emit('drop', {
        localAddress: info.address,
        localPort: info.port,
        localFamily: info.family,
        remoteAddress: peer.address,
        remotePort: peer.port,
        remoteFamily: peer.family,
      });
    }
    clientHandle.close();
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: server.allowHalfOpen,
    pauseOnConnect: server.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: server.highWaterMark,
    writableHighWaterMark: server.highWaterMark,
  });
  if (server.noDelay) {
    clientHandle.setNoDelay(true);
    socket[kTcpOptions].noDelay = true;
  }
  if (server.keepAlive) {
    clientHandle.setKeepAlive(true, server.keepAliveInitialDelay);
    socket[kTcpOptions].keepAlive = true;
    socket[kTcpOptions].keepAliveDelay = server.keepAliveInitialDelay;
  }
  server._connections++;
  socket.server = server;
  socket._server = server;
  if (server.pauseOnConnect) socket.pause();
  server.emit('connection', socket);
  if (!server.pauseOnConnect && !socket.destroyed && socket.readableFlowing !== false) clientHandle.readStart();
}

Server.prototype._connectionClosed = function _connectionClosed() {
  this._connections--;
  emitCloseIfDrained(this);
};

function emitCloseIfDrained(server) {
  if (server._handle !== null || server._connections > 0 || server[kCloseCallbacks] === undefined) return;
  server[kCloseCallbacks] = undefined;
  process.nextTick(() => server.emit('close'));
}

// listen([port[, host[, backlog]]][, cb]) | listen(path[, backlog][, cb]) |
// listen(options[, cb])
Server.prototype.listen = function listen(...args) {
  let cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  let options;
  const first = args[0];
  if (first !== null && typeof first === 'object') {
    // listen(server or { _handle }) means listen(its handle); a handle is a
    // net handle, or anything with an fd.
    const inner = first._handle ? first._handle : first;
    if (this._handle === null && listenOnHandle(this, inner, first.backlog ?? args[1], cb)) return this;
    options = { ...inner };
  } else if (typeof first === 'string' && !/^\s*\d+\s*$/.test(first)) {
    options = { path: first, backlog: args[1] };
  } else {
    options = { port: first };
    if (typeof args[1] === 'string') options.host = args[1];
    const rest = typeof args[1] === 'string' ? args[2] : args[1];
    if (typeof rest === 'number') options.backlog = rest;
  }
  if (this._handle !== null) throw new codes.ERR_SERVER_ALREADY_LISTEN();
  // An options object needs a port or a path; a port (of a usable type)
  // wins over a path.
  if (first !== null && typeof first === 'object' && !('port' in options) && !('path' in options)) {
    throw new codes.ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  let port = options.port ?? (options.path === undefined ? 0 : undefined);
  if (port !== undefined) {
    if (!['number', 'string'].includes(typeof port)) {
      throw new codes.ERR_INVALID_ARG_VALUE('options', options, 'is invalid');
    }
    validatePort(port, 'options.port');
    port = Number(port);
  } else if (typeof options.path !== 'string' || options.path === '') {
    throw new codes.ERR_INVALID_ARG_VALUE('options', options, 'is invalid');
  }
  const host = options.host;
  if (port !== undefined && host !== undefined && host !== null && typeof host !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('hostname', 'string', host);
  }
  if (cb !== undefined) this.once('listening', cb);
  // A backlog that is not a usable count means the default, as in node.
  const backlog = backlogOf(options.backlog);
  const abortSignal = options.signal;
  if (abortSignal !== undefined) {
    validateAbortSignal(abortSignal, 'options.signal');
    if (abortSignal.aborted) process.nextTick(() => this.close());
    else abortSignal.addEventListener('abort', () => this.close(), { once: true });
  }
  if (port === undefined) {
    listenPipe(this, options.path, backlog, (options.readableAll ? 0o444 : 0) | (options.writableAll ? 0o222 : 0));
    return this;
  }
  let flags = 0;
  if (options.ipv6Only) flags |= binding().kBindIpv6Only;
  if (options.reusePort) flags |= binding().kBindReusePort;
  if (host === undefined || host === null || host === '') {
    listenIp(this, null, port, flags, backlog);
  } else if (literalFamily(host)) {
    listenIp(this, host, port, flags, backlog);
  } else {
    // close() before the answer cancels this listen.
    const attempt = {};
    this[kListenLookup] = attempt;
    lookupHost(host, { family: 0 }, undefined, (err, address) => {
      if (this[kListenLookup] !== attempt) return;
      this[kListenLookup] = undefined;
      if (err) {
        this.emit('error', err);
        return;
      }
      listenIp(this, address, port, flags, backlog);
    });
  }
  return this;
};

function backlogOf(wanted) {
  return Number.isInteger(wanted) && wanted >= 0 && wanted <= 0x7fffffff ? wanted : kDefaultBacklog;
}

let netHandleProto;
function isNetHandle(value) {
  if (netHandleProto === undefined) netHandleProto = Object.getPrototypeOf(binding().createHandle());
  return Object.getPrototypeOf(value) === netHandleProto;
}

// listen(handle): a net handle (another server's, which then accepts for
// this one) or { fd } with a bound socket. False when `target` is neither.
function listenOnHandle(server, target, backlogArg, cb) {
  let handle;
  if (isNetHandle(target)) {
    handle = target;
  } else if (typeof target.fd === 'number' && target.fd >= 0) {
    handle = binding().createHandle();
    // Only sockets can listen; anything else fails as node's does, EINVAL.
    const kind = internalBinding('stdio').guessHandleType(target.fd);
    const usable = (kind === 'TCP' || kind === 'PIPE') && handle.open(target.fd, false) === 0;
    if (!usable) {
      if (cb !== undefined) server.once('listening', cb);
      failListen(server, new UVExceptionWithHostPort(-22 /* EINVAL */, 'listen', null));
      return true;
    }
  } else {
    return false;
  }
  if (cb !== undefined) server.once('listening', cb);
  const previous = handle.owner;
  let status = 0;
  if (previous instanceof Server && previous._handle === handle) {
    // Already listening: its connections come here from now on.
    takeHandle(server, handle);
  } else {
    status = finishListen(server, handle, backlogOf(backlogArg));
  }
  if (status < 0) {
    if (handle !== target) handle.close();
    failListen(server, new UVExceptionWithHostPort(status, 'listen', null));
  }
  return true;
}

function failListen(server, err) {
  process.nextTick(() => server.emit('error', err));
}

function finishListen(server, handle, backlog) {
  const status = handle.listen(backlog);
  if (status < 0) return status;
  takeHandle(server, handle);
  return 0;
}

function takeHandle(server, handle) {
  handle.owner = server;
  handle.onconnection = handleConnection;
  server._handle = handle;
  if (server._unref) handle.unref();
  process.nextTick(() => {
    if (server._handle === handle) server.emit('listening');
  });
}

function listenIp(server, host, port, flags, backlog) {
  const net = binding();
  let handle = net.createHandle();
  let address = host;
  let status;
  if (host === null) {
    // No host: the IPv6 wildcard, dual-stack; IPv4 where there is no IPv6.
    address = '::';
    status = handle.bind('::', port, flags);
    if (status === -97 /* EAFNOSUPPORT */) {
      handle.close();
      handle = net.createHandle();
      address = '0.0.0.0';
      status = handle.bind(address, port, flags);
    }
  } else {
    status = handle.bind(host, port, flags);
  }
  if (status === 0) status = finishListen(server, handle, backlog);
  if (status < 0) {
    handle.close();
    failListen(server, new UVExceptionWithHostPort(status, 'listen', address, port));
    return;
  }
  // "family:address:port" as asked for (cluster's key in node).
  server._connectionKey = `${literalFamily(address)}:${address}:${port}`;
}

// `openTo`: the socket file's mode for readableAll / writableAll.
function listenPipe(server, path, backlog, openTo) {
  const handle = binding().createHandle();
  let status = handle.bindPipe(path);
  if (status === 0 && openTo !== 0) status = widenMode(path, openTo);
  if (status === 0) status = finishListen(server, handle, backlog);
  if (status < 0) {
    handle.close();
    failListen(server, new UVExceptionWithHostPort(status, 'listen', path, -1));
    return;
  }
  server[kPipeName] = path;
  server._connectionKey = `-1:${path}:-1`;
}

// The file gets exactly those bits, as libuv's pipe chmod gives it.
function widenMode(path, bits) {
  try {
    require('fs').chmodSync(path, bits);
    return 0;
  } catch (err) {
    return typeof err.errno === 'number' ? err.errno : -22 /* EINVAL */;
  }
}

Server.prototype.address = function address() {
  if (this._handle === null) return null;
  if (this[kPipeName] !== undefined) return this[kPipeName];
  const out = {};
  const status = this._handle.getsockname(out);
  // A Unix socket taken over from an fd has no address to give.
  if (status === -95 /* ENOTSUP */) return {};
  if (status !== 0) throw errnoError(status, 'address');
  return out;
};

Server.prototype.close = function close(cb) {
  if (typeof cb === 'function') {
    if (this._handle === null) {
      this.once('close', function onNotRunning() {
        cb(new codes.ERR_SERVER_NOT_RUNNING());
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle !== null) {
    this._handle.close();
    this._handle.owner = undefined;
    this._handle = null;
    this[kPipeName] = undefined;
  }
  this[kListenLookup] = undefined;
  this[kCloseCallbacks] = true;
  emitCloseIfDrained(this);
  return this;
};

// With captureRejections: a rejected 'connection' listener destroys that
// socket with the reason; any other event's becomes the server's 'error'.
Server.prototype[EventEmitter.captureRejectionSymbol] = function onRejection(err, event, socket) {
  if (event === 'connection') socket.destroy(err);
  else this.emit('error', err);
};

Server.prototype.getConnections = function getConnections(cb) {
  const count = this._connections;
  if (typeof cb === 'function') process.nextTick(cb, null, count);
  return this;
};

Server.prototype.ref = function ref() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function unref() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

Server.prototype[Symbol.asyncDispose] = function asyncDispose() {
  if (this._handle === null) return Promise.resolve();
  return new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

// ---- factories ---------------------------------------------------------------------

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const [options] = normalizeConnectArgs(args);
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(...args);
}

let familyAutoSelect = true;
let familyAttemptMs = 250;

module.exports = {
  Server,
  Socket,
  Stream: Socket,
  createServer,
  connect,
  createConnection: connect,
  getDefaultAutoSelectFamily() {
    return familyAutoSelect;
  },
  setDefaultAutoSelectFamily(value) {
    validateBoolean(value, 'value');
    familyAutoSelect = value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout() {
    return familyAttemptMs;
  },
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    validateInt32(value, 'value', 1);
    familyAttemptMs = Math.max(value, kMinAttemptMs);
  },
};

// The address helpers load on first use.
for (const [name, id] of [
  ['isIP', 'internal/net/ip'],
  ['isIPv4', 'internal/net/ip'],
  ['isIPv6', 'internal/net/ip'],
  ['BlockList', 'internal/net/blocklist'],
  ['SocketAddress', 'internal/net/socket_address'],
]) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return require(id)[name];
    },
  });
}
