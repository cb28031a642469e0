'use strict';
// A Duplex over a pipe, socket or terminal fd, shaped like node's
// net.Socket for the standard streams (node's process.stdout on a pipe is a
// net.Socket; tty.ReadStream and tty.WriteStream extend it).
//
// Writes are synchronous, as node makes them for stdio pipes and ttys on
// Linux: the bytes are in the kernel when write() returns, so nothing is lost
// by a process.exit() right after. Reads come from a native reader on the
// event loop that runs only while the stream wants data: a paused or
// untouched stdin never keeps the process alive.

const { Duplex } = require('internal/streams/duplex');
const { Buffer } = require('buffer');
const stdio = internalBinding('stdio');

const kReader = Symbol('kReader');
const kReading = Symbol('kReading');
const kRefed = Symbol('kRefed');
const kHandle = Symbol('kHandle');
const kBytesRead = Symbol('kBytesRead');

// The native object node keeps in _handle; only its class name and fd show.
function makeHandle(type, fd) {
  const Handle = type === 'TTY' ? TTY : Pipe;
  const handle = new Handle();
  handle.fd = fd;
  return handle;
}
class Pipe {}
class TTY {}

function writeError(err) {
  const { ErrnoException } = require('internal/errors');
  const errno = typeof err.errno === 'number' ? -Math.abs(err.errno) : -5;
  return new ErrnoException(errno, 'write');
}

function onReaderData(socket, data) {
  if (data === null) {
    stopReading(socket);
    socket.push(null);
    return;
  }
  if (typeof data === 'number') {
    stopReading(socket);
    const { ErrnoException } = require('internal/errors');
    socket.destroy(new ErrnoException(data, 'read'));
    return;
  }
  socket[kBytesRead] += data.length;
  const buf = Buffer.from(data.buffer, data.byteOffset, data.length);
  if (!socket.push(buf)) stopReading(socket);
}

function startReading(socket) {
  if (socket[kReading]) return;
  let id = socket[kReader];
  if (id === undefined) {
    try {
      id = stdio.readerOpen(socket._handle.fd, (data) => onReaderData(socket, data));
    } catch (err) {
      // The fd is gone (closed by someone else): a read error, as in node.
      const { ErrnoException } = require('internal/errors');
      socket.destroy(new ErrnoException(typeof err.errno === 'number' ? -Math.abs(err.errno) : -9, 'read'));
      return;
    }
    socket[kReader] = id;
    if (!socket[kRefed]) stdio.readerRef(id, false);
  }
  socket[kReading] = true;
  stdio.readerStart(id);
}

function stopReading(socket) {
  if (!socket[kReading]) return;
  socket[kReading] = false;
  stdio.readerStop(socket[kReader]);
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  const { fd, readable = false, writable = false, type = 'PIPE' } = options;
  Duplex.call(this, {
    readable,
    writable,
    allowHalfOpen: false,
    decodeStrings: false,
    highWaterMark: options.highWaterMark,
  });
  this.connecting = false;
  this._hadError = false;
  this[kHandle] = makeHandle(type, fd);
  this._parent = null;
  this._host = null;
  this[kBytesRead] = 0;
  this.server = null;
  this._server = null;
  this[kReader] = undefined;
  this[kReading] = false;
  this[kRefed] = true;
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

const proto = {
  get _handle() { return this[kHandle]; },
  get bytesRead() { return this[kBytesRead]; },
  get pending() { return false; },

  get readyState() {
    if (this.readable && this.writable) return 'open';
    if (this.readable) return 'readOnly';
    if (this.writable) return 'writeOnly';
    return 'closed';
  },

  _write(chunk, encoding, callback) {
    let err = null;
    try {
      // Strings in UTF-8 go to the binding as they are (no Buffer copy).
      const utf8 = typeof chunk !== 'string' || encoding === 'utf8' || encoding === 'utf-8';
      stdio.writeSync(this._handle.fd, utf8 ? chunk : Buffer.from(chunk, encoding));
    } catch (e) {
      err = writeError(e);
    }
    callback(err);
  },

  _read() {
    startReading(this);
  },

  pause() {
    // As net.Socket: pausing stops the reader, so the process may exit.
    stopReading(this);
    return Duplex.prototype.pause.call(this);
  },

  ref() {
    this[kRefed] = true;
    if (this[kReader] !== undefined) stdio.readerRef(this[kReader], true);
    return this;
  },

  unref() {
    this[kRefed] = false;
    if (this[kReader] !== undefined) stdio.readerRef(this[kReader], false);
    return this;
  },

  setNoDelay() { return this; },
  setKeepAlive() { return this; },
  setTimeout(ms, callback) {
    if (typeof callback === 'function') this.once('timeout', callback);
    return this;
  },
  address() { return {}; },

  _destroy(err, callback) {
    if (this[kReader] !== undefined) {
      stopReading(this);
      stdio.readerClose(this[kReader]);
      this[kReader] = undefined;
    }
    callback(err);
  },
};
for (const key of Reflect.ownKeys(proto)) {
  const desc = Object.getOwnPropertyDescriptor(proto, key);
  desc.enumerable = false;
  Object.defineProperty(Socket.prototype, key, desc);
}

require('internal/stdio/fast_write').installFastWrite(Socket.prototype, (s) => s[kHandle].fd, writeError);

module.exports = { Socket, startReading, stopReading };
