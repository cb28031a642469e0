'use strict';
// fs.ReadStream and fs.WriteStream on node:stream. The file is opened in
// _construct (so 'open' and 'ready' come before any data), read in
// highWaterMark chunks at an explicit position when `start` was given, and
// closed in _destroy unless autoClose is off. `fd` may be a number or a
// FileHandle.

const { Readable, Writable } = require('stream');
require('buffer');  // readChunk's Buffers get the prototype node:buffer registers
const fs = require('fs');
const {
  codes, toPath, flagsToNumber, checkMode, validateInteger, validateFunction, builtinFs,
} = require('internal/fs/utils');

const kIoDone = Symbol('kIoDone');
const fsb = internalBinding('fs_ops');

function streamOptions(options) {
  if (typeof options === 'string') return { encoding: options };
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options', ['string', 'Object'], options);
  }
  return options;
}

// The fd option: a descriptor, a FileHandle, or nothing (then a path).
function takeFd(stream, path, opts) {
  const fd = opts.fd;
  if (fd === undefined || fd === null) {
    stream.fd = null;
    stream.path = toPath(path);
    return;
  }
  if (typeof fd === 'object' && typeof fd.fd === 'number') {
    stream.fd = fd.fd;
    stream.handle = fd;
  } else {
    validateInteger(fd, 'fd', 0, 2147483647);
    stream.fd = fd;
  }
  stream.path = undefined;
}

function openFor(stream, callback) {
  if (stream.fd !== null) {
    callback();
    return;
  }
  stream.fsImpl.open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

function closeFor(stream, err, callback) {
  const done = (closeErr) => callback(err || closeErr || null);
  if (stream.fd === null || stream.fd === undefined || !stream.autoClose) {
    done();
    return;
  }
  const fd = stream.fd;
  stream.fd = null;
  if (stream.handle) stream.handle.close().then(() => done(), done);
  else stream.fsImpl.close(fd, done);
}

function checkFsImpl(impl, names) {
  if (impl === undefined) return fs;
  for (const name of names) {
    if (impl[name] !== undefined) validateFunction(impl[name], `options.fs.${name}`);
  }
  return { ...fs, ...impl };
}

// start/end of a ReadStream, checked before the stream exists (a bad range
// must not leave an open in flight).
function readRange(opts) {
  const start = opts.start;
  const end = opts.end ?? Infinity;
  if (start !== undefined) validateInteger(start, 'start', 0);
  if (end !== Infinity) {
    validateInteger(end, 'end', 0);
    if (start !== undefined && start > end) {
      throw new (codes().ERR_OUT_OF_RANGE)('start', `<= "end" (here: ${end})`, start);
    }
  }
  return [start, end];
}

class ReadStream extends Readable {
  constructor(path, options) {
    const opts = streamOptions(options);
    const [start, end] = readRange(opts);
    const flags = flagsToNumber(opts.flags, 'r');
    const mode = checkMode(opts.mode, 0o666);
    const fsImpl = checkFsImpl(opts.fs, ['open', 'read', 'close']);
    if (opts.fd === undefined || opts.fd === null) toPath(path);
    super({ highWaterMark: 64 * 1024, ...opts });
    takeFd(this, path, opts);
    this.flags = flags;
    this.mode = mode;
    this.fsImpl = fsImpl;
    this.start = start;
    this.end = end;
    this.pos = start;
    this.bytesRead = 0;
    this.autoClose = opts.autoClose ?? true;
  }

  get pending() { return this.fd === null; }

  _construct(callback) {
    openFor(this, callback);
  }

  _read(n) {
    const left = this.end === Infinity ? n : this.end - (this.pos ?? this.bytesRead) + 1;
    const size = Math.min(n, left);
    if (size <= 0) {
      this.push(null);
      return;
    }
    this[kIoDone] = false;
    const onRead = (err, bytes, buf) => {
      this[kIoDone] = true;
      if (err) {
        this.destroy(err);
        return;
      }
      if (bytes === 0) {
        this.push(null);
        return;
      }
      if (this.pos !== undefined) this.pos += bytes;
      this.bytesRead += bytes;
      this.push(bytes === buf.length ? buf : buf.subarray(0, bytes));
    };
    if (this.fsImpl.read === builtinFs.read) {
      // The default fs.read: the binding allocates the chunk (unzeroed)
      // and reads into it.
      fsb.readChunk(this.fd, size, this.pos ?? -1, (err, buf) => onRead(err, buf?.length, buf));
      return;
    }
    const buf = require('buffer').Buffer.allocUnsafeSlow(size);
    this.fsImpl.read(this.fd, buf, 0, size, this.pos ?? null, (err, bytes) => onRead(err, bytes, buf));
  }

  _destroy(err, callback) {
    closeFor(this, err, callback);
  }

  close(callback) {
    if (typeof callback === 'function') require('stream').finished(this, callback);
    this.destroy();
  }
}

class WriteStream extends Writable {
  constructor(path, options) {
    const opts = streamOptions(options);
    const flags = flagsToNumber(opts.flags, 'w');
    const mode = checkMode(opts.mode, 0o666);
    const fsImpl = checkFsImpl(opts.fs, ['open', 'write', 'writev', 'close']);
    if (opts.start !== undefined) validateInteger(opts.start, 'start', 0);
    if (opts.fd === undefined || opts.fd === null) toPath(path);
    super({ ...opts, decodeStrings: true });
    takeFd(this, path, opts);
    this.flags = flags;
    this.mode = mode;
    this.fsImpl = fsImpl;
    this.start = opts.start;
    this.pos = opts.start;
    this.bytesWritten = 0;
    this.autoClose = opts.autoClose ?? true;
    this.flush = opts.flush === true;
    if (opts.encoding) this.setDefaultEncoding(opts.encoding);
  }

  get pending() { return this.fd === null; }

  _construct(callback) {
    openFor(this, callback);
  }

  #advance(bytes) {
    this.bytesWritten += bytes;
    if (this.pos !== undefined) this.pos += bytes;
  }

  _write(chunk, encoding, callback) {
    // The default fs.write goes straight to the binding (chunks are
    // Buffers here: decodeStrings is on).
    const direct = this.fsImpl.write === builtinFs.write;
    const writeAll = (offset) => {
      const done = (err, bytes) => {
        if (err) {
          callback(err);
          return;
        }
        this.#advance(bytes);
        if (offset + bytes < chunk.length) writeAll(offset + bytes);
        else callback();
      };
      const length = chunk.length - offset;
      if (direct) fsb.write(this.fd, chunk, offset, length, this.pos ?? -1, done);
      else this.fsImpl.write(this.fd, chunk, offset, length, this.pos ?? null, done);
    };
    writeAll(0);
  }

  _writev(chunks, callback) {
    const buffers = chunks.map((c) => c.chunk);
    this.fsImpl.writev(this.fd, buffers, this.pos ?? null, (err, bytes) => {
      if (err) {
        callback(err);
        return;
      }
      this.#advance(bytes);
      callback();
    });
  }

  _final(callback) {
    if (!this.flush || this.fd === null) {
      callback();
      return;
    }
    this.fsImpl.fsync(this.fd, callback);
  }

  _destroy(err, callback) {
    closeFor(this, err, callback);
  }

  close(callback) {
    if (callback) {
      if (this.closed) {
        process.nextTick(callback);
        return;
      }
      this.on('close', callback);
    }
    if (!this.autoClose) this.on('finish', this.destroy);
    this.end();
  }

  destroySoon() {
    this.end();
  }
}

module.exports = { ReadStream, WriteStream };
