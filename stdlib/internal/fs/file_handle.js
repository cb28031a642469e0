'use strict';
// FileHandle, the object fs/promises' open() resolves with. It owns its
// descriptor: once closed every method rejects with EBADF ("file closed"),
// and one that is garbage-collected while open is closed with node's
// warning. Loaded by the first open() (or by an fs stream given a handle).

const fsb = internalBinding('fs_ops');
const fs = require('fs');
const EventEmitter = require('events');
const { codes, buffer, builtinFs } = require('internal/fs/utils');
// Loaded before this module whenever a FileHandle can exist (open() is
// there); the functions the handle's methods share with it.
const promises = require('internal/fs/promises');
const { settle, viaCallback } = promises;

const kFd = Symbol('kFd');
const kClosing = Symbol('kClosing');
const kRefs = Symbol('kRefs');
const kLocked = Symbol('kLocked');
// For internal/fs/streams: take and drop a reference on a handle.
const handleRefs = { __proto__: null, ref: undefined, unref: undefined };

// Descriptors of FileHandles collected while open: the binding's guard
// closed them; say so as node does.
let leakDeprecationShown = false;
fsb.setLeakHandler((fd) => {
  process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
  if (leakDeprecationShown) return;
  leakDeprecationShown = true;
  process.emitWarning('Closing a FileHandle object on garbage collection is deprecated. ' +
    'Please close FileHandle objects explicitly using FileHandle.prototype.close(). In the future, an error ' +
    'will be thrown if a file descriptor is closed during garbage collection.', 'DeprecationWarning', 'DEP0137');
});

// Methods taken off a FileHandle and called on something else.
let useHandle;
function internalAssertion(message) {
  const err = new Error(`${message}\nThis is caused by either a bug in Node.js or incorrect usage of Node.js ` +
    'internals.\nPlease open an issue with this stack trace at https://github.com/nodejs/node/issues\n');
  err.code = 'ERR_INTERNAL_ASSERTION';
  return err;
}

function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

const kCloseSettle = Symbol('kCloseSettle');

// A handle counts its users: itself (until close()), each operation in
// flight, and each fs stream built on it. The descriptor is closed when the
// count drops to zero, so close() waits for the operations and streams still
// using it; 'close' is emitted when close() is called, which tells those
// streams to finish.
class FileHandle extends EventEmitter {
  #guard;

  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosing] = null;
    this[kCloseSettle] = null;
    this[kRefs] = 1;
    this.#guard = fsb.fdGuard(fd);
  }

  get fd() { return this[kFd]; }

  async #use(syscall, work) {
    const fd = this[kFd];
    if (fd === -1) throw closedError(syscall);
    this[kRefs]++;
    try {
      return await work(fd);
    } finally {
      this.#unref();
    }
  }

  #ref() { this[kRefs]++; }

  #unref() {
    if (--this[kRefs] > 0) return;
    const settleClose = this[kCloseSettle];
    this[kCloseSettle] = null;
    const done = this.#closeNow();
    if (settleClose) done.then(settleClose.resolve, settleClose.reject);
    else done.catch(() => {});
  }

  #closeNow() {
    const fd = this[kFd];
    this[kFd] = -1;
    fsb.guardRelease(this.#guard);
    return settle('close', fd);
  }

  // An own property bound to the handle, as in node: `const { close } = fh`
  // and passing fh.close as a callback work.
  close = () => {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosing]) return this[kClosing];
    let closing;
    if (--this[kRefs] === 0) {
      closing = this.#closeNow();
    } else {
      closing = new Promise((resolve, reject) => { this[kCloseSettle] = { resolve, reject }; });
    }
    this[kClosing] = closing.finally(() => { this[kClosing] = null; });
    this.emit('close');
    return this[kClosing];
  };

  static {
    useHandle = (handle, syscall, work) => {
      if (handle === null || typeof handle !== 'object' || !(#guard in handle)) {
        return Promise.reject(internalAssertion('handle must be an instance of FileHandle'));
      }
      return handle.#use(syscall, work);
    };
    handleRefs.ref = (handle) => handle.#ref();
    handleRefs.unref = (handle) => handle.#unref();
  }

  // Unlike fs.read, a null offset or length here means the default (0, and
  // the rest of the buffer), in the argument list as in the options object.
  read(bufferOrOptions, offset, length, position) {
    let target = bufferOrOptions;
    if (!ArrayBuffer.isView(target)) {
      if (target !== undefined && target !== null && typeof target !== 'object') {
        return Promise.reject(new (codes().ERR_INVALID_ARG_TYPE)('options', 'object', target));
      }
      ({ buffer: target = buffer().Buffer.alloc(16384), offset, length, position = null } = target ?? {});
    } else if (offset !== null && typeof offset === 'object') {
      ({ offset, length, position = null } = offset);
    }
    offset ??= 0;
    if (ArrayBuffer.isView(target) && typeof offset === 'number') length ??= target.byteLength - offset;
    return useHandle(this, 'read', (fd) => new Promise((resolve, reject) => {
      builtinFs.handleRead(fd, target, offset, length, position, (err, bytesRead, buf) => {
        if (err) reject(err);
        else resolve({ __proto__: null, bytesRead, buffer: buf });
      });
    }));
  }

  readv(buffers, position) {
    return useHandle(this, 'read', (fd) => new Promise((resolve, reject) => {
      fs.readv(fd, buffers, position, (err, bytesRead) => (err ? reject(err) : resolve({ __proto__: null, bytesRead, buffers })));
    }));
  }

  write(data, offsetOrPosition, lengthOrEncoding, position) {
    return useHandle(this, 'write', (fd) => new Promise((resolve, reject) => {
      builtinFs.handleWrite(fd, data, offsetOrPosition, lengthOrEncoding, position, (err, bytesWritten, buf) => {
        if (err) reject(err);
        else resolve({ __proto__: null, bytesWritten, buffer: buf });
      });
    }));
  }

  writev(buffers, position) {
    return useHandle(this, 'write', (fd) => new Promise((resolve, reject) => {
      fs.writev(fd, buffers, position, (err, bytesWritten) => (err ? reject(err) : resolve({ __proto__: null, bytesWritten, buffers })));
    }));
  }

  readFile(options) {
    return useHandle(this, 'readFile', (fd) => promises.exports.readFile(fd, options));
  }

  writeFile(data, options) {
    return useHandle(this, 'writeFile', (fd) => promises.exports.writeFile(fd, data, options));
  }

  appendFile(data, options) {
    return useHandle(this, 'writeFile', (fd) => promises.exports.appendFile(fd, data, options));
  }

  stat(options) { return useHandle(this, 'fstat', (fd) => viaCallback(fs.fstat, fd, options)); }
  truncate(len = 0) { return useHandle(this, 'ftruncate', (fd) => viaCallback(fs.ftruncate, fd, len)); }
  sync() { return useHandle(this, 'fsync', (fd) => viaCallback(fs.fsync, fd)); }
  datasync() { return useHandle(this, 'fdatasync', (fd) => viaCallback(fs.fdatasync, fd)); }
  chmod(mode) { return useHandle(this, 'fchmod', (fd) => viaCallback(fs.fchmod, fd, mode)); }
  chown(uid, gid) { return useHandle(this, 'fchown', (fd) => viaCallback(fs.fchown, fd, uid, gid)); }
  utimes(atime, mtime) { return useHandle(this, 'futime', (fd) => viaCallback(fs.futimes, fd, atime, mtime)); }

  createReadStream(options = undefined) {
    return fs.createReadStream(null, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    return fs.createWriteStream(null, { ...options, fd: this });
  }

  // A byte ReadableStream over the handle, read from the current position.
  // The handle is locked to it for good; the stream holds a reference until
  // it ends or is cancelled, and the handle's close() cancels it.
  readableWebStream(options = {}) {
    const invalid = (why) => new (codes().ERR_INVALID_STATE)(`The FileHandle is ${why}`);
    if (this[kFd] === -1) throw invalid('closed');
    if (this[kClosing]) throw invalid('closing');
    if (this[kLocked]) throw invalid('locked');
    this[kLocked] = true;
    const validators = require('internal/validators');
    validators.validateObject(options, 'options');
    const { type = 'bytes', autoClose = false } = options;
    validators.validateBoolean(autoClose, 'options.autoClose');
    if (type !== 'bytes') {
      process.emitWarning('A non-"bytes" options.type has no effect. A byte-oriented steam is always created.',
        'ExperimentalWarning');
    }
    let released = false;
    const release = async () => {
      if (released) return;
      released = true;
      this.#unref();
      if (autoClose) await this.close();
    };
    const { ReadableStream, internals } = require('internal/webstreams/readable');
    const readable = new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 16384,
      pull: async (controller) => {
        const view = controller.byobRequest.view;
        const { bytesRead } = await this.read(view, 0, view.byteLength);
        if (bytesRead === 0) {
          controller.close();
          await release();
        }
        controller.byobRequest.respond(bytesRead);
      },
      cancel: release,
    });
    this.#ref();
    this.once('close', () => {
      if (!released) internals.readableCancel(internals.slotsOf(readable), undefined);
    });
    return readable;
  }

  readLines(options = undefined) {
    return require('readline').createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }
}

if (typeof Symbol.asyncDispose === 'symbol') {
  FileHandle.prototype[Symbol.asyncDispose] = function asyncDispose() { return this.close(); };
}

module.exports = { FileHandle, handleRefs };
