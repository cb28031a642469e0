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
// The class sits under net.Socket, as node's stdio and tty streams do
// (instanceof net.Socket), overriding what there works on a net handle.
const NetSocket = require('net').Socket;
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

// The state every stdio stream (this Socket, tty.ReadStream/WriteStream)
// sets up; `options.type` is 'PIPE', 'TCP' or 'TTY'.
function initStdioSocket(socket, options) {
  const { fd, readable = false, writable = false, type = 'PIPE' } = options;
  Duplex.call(socket, {
    readable,
    writable,
    allowHalfOpen: false,
    decodeStrings: false,
    highWaterMark: options.highWaterMark,
  });
  socket.connecting = false;
  socket._hadError = false;
  socket[kHandle] = makeHandle(type, fd);
  socket._parent = null;
  socket._host = null;
  socket[kBytesRead] = 0;
  socket.server = null;
  socket._server = null;
  socket[kReader] = undefined;
  socket[kReading] = false;
  socket[kRefed] = true;
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  initStdioSocket(this, options);
}
Object.setPrototypeOf(Socket.prototype, NetSocket.prototype);
Object.setPrototypeOf(Socket, NetSocket);

const proto = {
  get _handle() { return this[kHandle]; },
  get bytesRead() { return this[kBytesRead]; },
  get pending() { return false; },
  get bytesWritten() { return undefined; },
  get bufferSize() { return this.writableLength; },
  // Pipes and terminals have no addresses.
  get remoteAddress() { return undefined; },
  get remoteFamily() { return undefined; },
  get remotePort() { return undefined; },
  get localAddress() { return undefined; },
  get localPort() { return undefined; },
  get localFamily() { return undefined; },

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

  // Each write is synchronous already: a corked batch goes one by one.
  _writev: null,

  // Nothing to half-close: the fd belongs to the process.
  _final(callback) {
    callback();
  },

  _read() {
    startReading(this);
  },

  resume() {
    return Duplex.prototype.resume.call(this);
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
// Gives `target` (a prototype under net.Socket's) the stdio behaviour.
function addStdioMethods(target) {
  for (const key of Reflect.ownKeys(proto)) {
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    desc.enumerable = false;
    Object.defineProperty(target, key, desc);
  }
  require('internal/stdio/fast_write').installFastWrite(target, (s) => s[kHandle].fd, writeError);
}
addStdioMethods(Socket.prototype);

module.exports = { Socket, initStdioSocket, addStdioMethods, startReading, stopReading };
