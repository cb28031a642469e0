'use strict';
// fs.ReadStream and fs.WriteStream on node:stream. The file is opened in
// _construct (so 'open' and 'ready' come before any data), read in
// highWaterMark chunks at an explicit position when `start` was given, and
// closed in _destroy. `fd` may be a number or a FileHandle.
//
// They are plain functions, not classes: old code (graceful-fs among it)
// calls `fs.ReadStream.call(this, ...)` from its own constructor and
// replaces `open()` on a subclass prototype, and both must keep working.

const { Readable, Writable, finished } = require('stream');
require('buffer');  // readChunk's Buffers get the prototype node:buffer registers
const fs = require('fs');
const {
  codes, toPath, checkEncoding, validateInteger, validateFunction, validateBoolean, builtinFs,
} = require('internal/fs/utils');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const fsb = internalBinding('fs_ops');

// Options as node's fs streams take them: a string is the encoding, and
// inherited properties count (the object is copied with for-in).
function streamOptions(options) {
  if (options === undefined || options === null || typeof options === 'function') return {};
  if (typeof options === 'string') {
    checkEncoding(options);
    return { encoding: options };
  }
  if (typeof options !== 'object') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') checkEncoding(options.encoding);
  if (options.signal !== undefined) {
    require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
  }
  const copy = {};
  for (const key in options) copy[key] = options[key];
  return copy;
}

let FileHandleCtor;
let handleRefs;
function fileHandleParts() {
  if (FileHandleCtor === undefined) {
    const fileHandle = require('internal/fs/file_handle');
    FileHandleCtor = fileHandle.FileHandle;
    handleRefs = fileHandle.handleRefs;
  }
}

// The fs-like operations a stream over a FileHandle uses: the handle's own
// methods (looked up per call, so wrappers put on the handle are used). The
// stream holds a reference on the handle until it closes it.
function handleOperations(handle) {
  const settle = (promise, cb, key) => promise.then(
    (r) => cb(null, r[key], r.buffer ?? r.buffers), cb);
  return {
    read: (fd, buf, offset, length, position, cb) =>
      settle(handle.read(buf, offset, length, position), cb, 'bytesRead'),
    write: (fd, buf, offset, length, position, cb) =>
      settle(handle.write(buf, offset, length, position), cb, 'bytesWritten'),
    writev: (fd, buffers, position, cb) =>
      settle(handle.writev(buffers, position), cb, 'bytesWritten'),
    fsync: (fd, cb) => handle.sync().then(() => cb(), cb),
    close: (fd, cb) => {
      handleRefs.unref(handle);
      handle.close().then(() => cb(), cb);
    },
  };
}

// Sets path or fd and the fs implementation; `required` are the methods a
// custom fs must have.
function setTarget(stream, path, opts, required) {
  const fd = opts.fd;
  if (fd === undefined || fd === null) {
    toPath(path);
    stream.fd = null;
    stream.path = typeof path === 'string' || path instanceof Uint8Array ? path : toPath(path);
    stream.flags = opts.flags === undefined ? stream[kDefaultFlags] : opts.flags;
    stream.mode = opts.mode === undefined ? 0o666 : opts.mode;
    stream[kFs] = checkFsImpl(opts.fs, ['open', ...required]);
    return;
  }
  if (typeof fd === 'object') {
    fileHandleParts();
    if (!(fd instanceof FileHandleCtor)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options.fd', ['number', 'FileHandle'], fd);
    }
    if (opts.fs) throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('FileHandle with fs');
    stream[kHandle] = fd;
    stream[kFs] = handleOperations(fd);
    handleRefs.ref(fd);
    fd.on('close', stream.close.bind(stream));
    stream.fd = fd.fd;
    return;
  }
  if (typeof fd !== 'number') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options.fd', ['number', 'FileHandle'], fd);
  }
  validateInteger(fd, 'fd', 0, 2147483647);
  stream[kFs] = checkFsImpl(opts.fs, required);
  stream.fd = fd;
}

const kDefaultFlags = Symbol('kDefaultFlags');

// A custom fs replaces node:fs as a whole (nothing is filled in from it).
function checkFsImpl(impl, names) {
  const chosen = impl || fs;
  for (const name of names) validateFunction(chosen[name], `options.fs.${name}`);
  return chosen;
}

// The default open(): deprecated for callers, and the marker telling
// _construct that nobody replaced it.
function defaultOpen() {}
const defaultOpens = new Set();

function construct(callback) {
  if (typeof this.fd === 'number') {
    callback();
    return;
  }
  if (!defaultOpens.has(this.open) && typeof this.open === 'function') {
    constructWithOwnOpen(this, callback);
    return;
  }
  this[kFs].open(this.path, this.flags, this.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    this.fd = fd;
    callback();
    this.emit('open', fd);
    this.emit('ready');
  });
}

// Code written for old node replaces open(), which then signals its outcome
// by emitting 'open' or 'error'; those emits finish construction.
function constructWithOwnOpen(stream, callback) {
  const emit = stream.emit;
  stream.emit = function interceptOpen(name, ...args) {
    if (name === 'open') {
      stream.emit = emit;
      callback();
      return Reflect.apply(emit, this, [name, ...args]);
    }
    if (name === 'error') {
      stream.emit = emit;
      callback(args[0]);
      return false;
    }
    return Reflect.apply(emit, this, [name, ...args]);
  };
  stream.open();
}

// Closing waits for a read or write in flight (its descriptor must stay
// valid until it ends).
function destroyStream(err, callback) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (ioErr) => closeStream(this, err || ioErr, callback));
  } else {
    closeStream(this, err, callback);
  }
}

function closeStream(stream, err, callback) {
  // fd 0 is not closed, as in node.
  if (!stream.fd) {
    callback(err);
    return;
  }
  if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => closeFd(stream, err || flushErr, callback));
  } else {
    closeFd(stream, err, callback);
  }
}

function closeFd(stream, err, callback) {
  stream[kFs].close(stream.fd, (closeErr) => callback(closeErr || err));
  stream.fd = null;
}

function defineCommon(proto, kind, stateKey) {
  Object.defineProperty(proto, 'autoClose', {
    __proto__: null,
    enumerable: false,
    configurable: false,
    get() {
      const state = this[stateKey];
      if (state === undefined) throw new (codes().ERR_INVALID_THIS)(kind);
      return state.autoDestroy;
    },
    set(value) {
      const state = this[stateKey];
      if (state === undefined) throw new (codes().ERR_INVALID_THIS)(kind);
      state.autoDestroy = value;
    },
  });
  proto.open = require('internal/util').deprecate(
    defaultOpen, `${kind}.prototype.open() is deprecated`, 'DEP0135');
  defaultOpens.add(proto.open);
  proto._construct = construct;
}

function definePending(proto) {
  Object.defineProperty(proto, 'pending', {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return this.fd === null; },
  });
}

// ---- ReadStream ---------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  const opts = streamOptions(options);
  if (opts.highWaterMark === undefined) opts.highWaterMark = 64 * 1024;
  opts.autoDestroy = opts.autoClose === undefined ? true : opts.autoClose;
  setTarget(this, path, opts, ['read', 'close']);

  this.start = opts.start;
  this.end = opts.end ?? Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new (codes().ERR_OUT_OF_RANGE)('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Reflect.apply(Readable, this, [opts]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);
ReadStream.prototype[kDefaultFlags] = 'r';
defineCommon(ReadStream.prototype, 'ReadStream', '_readableState');

ReadStream.prototype._read = function _read(n) {
  const left = this.end - (this.pos !== undefined ? this.pos : this.bytesRead) + 1;
  const size = Math.min(n, left);
  if (size <= 0) {
    this.push(null);
    return;
  }
  this[kIsPerformingIO] = true;
  const onRead = (err, bytes, buf) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      require('internal/streams/shared').failStream(this, err, true);
      return;
    }
    if (!(bytes > 0)) {
      this.push(null);
      return;
    }
    if (this.pos !== undefined) this.pos += bytes;
    this.bytesRead += bytes;
    this.push(bytes === buf.length ? buf : buf.subarray(0, bytes));
  };
  if (this[kFs].read === builtinFs.read) {
    // The default fs.read: the binding allocates the chunk (unzeroed)
    // and reads into it.
    fsb.readChunk(this.fd, size, this.pos ?? -1, (err, buf) => onRead(err, buf?.length, buf));
    return;
  }
  const buf = require('buffer').Buffer.allocUnsafeSlow(size);
  this[kFs].read(this.fd, buf, 0, size, this.pos, (err, bytes, out) => onRead(err, bytes, out ?? buf));
};

ReadStream.prototype._destroy = destroyStream;

ReadStream.prototype.close = function close(callback) {
  if (typeof callback === 'function') finished(this, callback);
  this.destroy();
};

definePending(ReadStream.prototype);

// ---- WriteStream --------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  const opts = streamOptions(options);
  // Strings become Buffers before _write sees them.
  opts.decodeStrings = true;
  opts.autoDestroy = opts.autoClose === undefined ? true : opts.autoClose;
  setTarget(this, path, opts, []);
  const impl = this[kFs];
  if (typeof impl.write !== 'function' && typeof impl.writev !== 'function') {
    validateFunction(impl.write, 'options.fs.write');
  }
  // A custom fs may give either; then only that one is used.
  if (impl.write !== undefined) validateFunction(impl.write, 'options.fs.write');
  else this._write = null;
  if (impl.writev !== undefined) validateFunction(impl.writev, 'options.fs.writev');
  else this._writev = null;
  if (this.fd === null) validateFunction(impl.close, 'options.fs.close');

  if (opts.flush === undefined || opts.flush === null) {
    this.flush = false;
  } else {
    validateBoolean(opts.flush, 'options.flush');
    this.flush = opts.flush;
  }
  this.start = opts.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Reflect.apply(Writable, this, [opts]);
  if (opts.encoding) this.setDefaultEncoding(opts.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);
WriteStream.prototype[kDefaultFlags] = 'w';
defineCommon(WriteStream.prototype, 'WriteStream', '_writableState');

// Runs one write or writev to completion (short writes are continued) and
// tells _destroy when the descriptor is free again.
function ioDone(stream, callback) {
  return (err) => {
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      callback(err);
      stream.emit(kIoDone, err);
      return;
    }
    callback(err);
  };
}

function zeroWrites() {
  return new (codes().ERR_SYSTEM_ERROR)('write failed');
}

// The callback of one write of a WriteStream: EAGAIN counts as nothing
// written; an error or a destroyed stream ends the whole write; the bytes
// are counted, and more than five writes in a row that wrote nothing end
// it too. Otherwise next(bytes, retries) goes on.
function afterWrite(stream, syscall, retries, callback, next) {
  return (err, bytes) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      bytes = 0;
    }
    if (err || stream.destroyed) {
      callback(err || new (codes().ERR_STREAM_DESTROYED)(syscall));
      return;
    }
    stream.bytesWritten += bytes;
    retries = bytes ? 0 : retries + 1;
    if (retries > 5) callback(zeroWrites());
    else next(bytes, retries);
  };
}

function writeAll(stream, data, offset, pos, callback, retries) {
  const length = data.length - offset;
  const done = afterWrite(stream, 'write', retries, callback, (bytes, retries) => {
    if (bytes < length) writeAll(stream, data, offset + bytes, pos === undefined ? undefined : pos + bytes, callback, retries);
    else callback();
  });
  if (stream[kFs].write === builtinFs.write) fsb.write(stream.fd, data, offset, length, pos ?? -1, done);
  else stream[kFs].write(stream.fd, data, offset, length, pos, done);
}

WriteStream.prototype._write = function _write(data, encoding, callback) {
  this[kIsPerformingIO] = true;
  writeAll(this, data, 0, this.pos, ioDone(this, callback), 0);
  if (this.pos !== undefined) this.pos += data.length;
};

function writevAll(stream, buffers, size, pos, callback, retries) {
  stream[kFs].writev(stream.fd, buffers, pos, afterWrite(stream, 'writev', retries, callback, (bytes, retries) => {
    size -= bytes;
    if (size <= 0) {
      callback();
      return;
    }
    let skip = bytes;
    const rest = [];
    for (const b of buffers) {
      if (skip >= b.length) {
        skip -= b.length;
      } else {
        rest.push(skip > 0 ? b.subarray(skip) : b);
        skip = 0;
      }
    }
    writevAll(stream, rest, size, pos === undefined ? undefined : pos + bytes, callback, retries);
  }));
}

WriteStream.prototype._writev = function _writev(chunks, callback) {
  const buffers = chunks.map((c) => c.chunk);
  let size = 0;
  for (const b of buffers) size += b.length;
  this[kIsPerformingIO] = true;
  writevAll(this, buffers, size, this.pos, ioDone(this, callback), 0);
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = destroyStream;

WriteStream.prototype.close = function close(callback) {
  if (callback) {
    if (this.closed) {
      process.nextTick(callback);
      return;
    }
    this.on('close', callback);
  }
  // Without autoClose, finishing does not destroy; closing still must.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

// end() rather than destroy(): data already written must reach the file.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

definePending(WriteStream.prototype);

module.exports = { ReadStream, WriteStream };
