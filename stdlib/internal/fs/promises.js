'use strict';
// fs/promises and FileHandle. Each function validates its arguments like
// its callback twin in node:fs, then turns the binding's callback into a
// promise. A FileHandle owns its descriptor: once closed every method
// rejects with EBADF ("file closed"), and one that is garbage-collected while
// open is closed with node's warning.

const fsb = internalBinding('fs_ops');
const fs = require('fs');
const EventEmitter = require('events');
const {
  codes, buffer, fsConstants, flagsToNumber, toPath, toPathOrFd, checkMode, getOptions, toBytes, builtinFs,
} = require('internal/fs/utils');

// A binding call given `true` where its callback goes returns a promise,
// settled natively (fs_job.h); a readFile one resolves with a Buffer.
const kAsPromise = true;

// The Buffers promise jobs resolve with get the prototype node:buffer
// registers, so node:buffer must be loaded before the loop settles the
// first job. It is loaded in a microtask queued by the first call, which
// runs before control returns to the loop: the load then overlaps the
// first jobs' work on the pool instead of delaying their start.
const { queueMicrotask } = require('internal/process/task_queues');
let bufferQueued = false;
function queueBufferLoad() {
  bufferQueued = true;
  queueMicrotask(buffer);
}

function settle(method, ...args) {
  if (!bufferQueued) queueBufferLoad();
  return fsb[method](...args, kAsPromise);
}

// The slot form: given a number where its callback goes, a binding call
// returns the settle-queue slot its job took, and the promise is made here,
// its functions stored in the slot (cheaper than making it natively).
const kSlotForm = 0;
const slotArray = fsb.promiseSlots();
const NativePromise = fsb.intrinsicPromise();  // not a replacement of the global, as node's are
let takenResolve;
let takenReject;
function takeFunctions(resolve, reject) {
  takenResolve = resolve;
  takenReject = reject;
}
function slotPromise(slot) {
  if (!bufferQueued) queueBufferLoad();
  const promise = new NativePromise(takeFunctions);
  slotArray[slot * 2] = takenResolve;
  slotArray[slot * 2 + 1] = takenReject;
  takenResolve = takenReject = undefined;
  return promise;
}

// Runs an fs callback-style function as a promise (validation throws are
// rejections, as with node's async functions).
function viaCallback(fn, ...args) {
  return new Promise((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

function abortIfAborted(signal) {
  if (signal?.aborted) throw new (require('internal/errors').AbortError)(undefined, { cause: signal.reason });
}

let FastBufferCtor;
function toBuffer(arrayBuffer) {
  if (FastBufferCtor === undefined) FastBufferCtor = buffer().Buffer[Symbol.species];
  return new FastBufferCtor(arrayBuffer);
}

// ---- FileHandle ------------------------------------------------------------------

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
    return useHandle(this, 'readFile', (fd) => readFile(fd, options));
  }

  writeFile(data, options) {
    return useHandle(this, 'writeFile', (fd) => writeFile(fd, data, options));
  }

  appendFile(data, options) {
    return useHandle(this, 'writeFile', (fd) => appendFile(fd, data, options));
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

// ---- functions ------------------------------------------------------------------

async function access(path, mode = fsConstants.F_OK) {
  return viaCallback(fs.access, path, mode);
}

async function open(path, flags, mode) {
  const p = toPath(path);
  const fd = await settle('open', p, flagsToNumber(flags), checkMode(mode, 0o666));
  return new FileHandle(fd);
}

const kReadDefaults = { __proto__: null, encoding: null, flag: 'r' };

// Not an async function: the common case (a path string, no options) is a
// small function that goes straight to the binding, with slotPromise's
// steps written out (one function less for the JIT to compile when it is
// hot); the rest is readFileWith.
function readFile(path, options) {
  if (options === undefined && typeof path === 'string' && !path.includes('\u0000')) {
    const slot = fsb.readFileQueued(path);
    if (!bufferQueued) queueBufferLoad();
    const promise = new NativePromise(takeFunctions);
    slotArray[slot * 2] = takenResolve;
    slotArray[slot * 2 + 1] = takenReject;
    takenResolve = takenReject = undefined;
    return promise;
  }
  return readFileWith(path, options);
}

function readFileWith(path, options) {
  let target;
  let flags = 0;
  let encoding = null;
  let signal;
  try {
    if (options !== undefined) {
      const opts = getOptions(options, kReadDefaults);
      flags = flagsToNumber(opts.flag, 'r');
      encoding = opts.encoding;
      signal = opts.signal;
      abortIfAborted(signal);
    }
    target = typeof path === 'string' && !path.includes('\u0000') ? path
      : toPathOrFd(path instanceof FileHandle ? path.fd : path);
  } catch (err) {
    return Promise.reject(err);
  }
  const utf8 = encoding === 'utf8' || encoding === 'utf-8';
  if (signal === undefined && (utf8 || !encoding)) return slotPromise(fsb.readFile(target, flags, utf8, kSlotForm));
  return new Promise((resolve, reject) => {
    fsb.readFile(target, flags, utf8, (err, data) => {
      if (signal?.aborted) {
        reject(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
      } else if (err) {
        reject(err);
      } else if (utf8) {
        resolve(data);
      } else {
        resolve(toBuffer(data).toString(encoding));
      }
    });
  });
}

const kWriteDefaults = { __proto__: null, encoding: 'utf8', mode: 0o666, flag: 'w' };
const kAppendDefaults = { __proto__: null, encoding: 'utf8', mode: 0o666, flag: 'a' };

// Data for writeFile: strings, views, or (async) iterables of them.
async function collect(data, encoding) {
  if (typeof data === 'string' || ArrayBuffer.isView(data)) return toBytes(data, encoding);
  if (data != null && (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function')) {
    const parts = [];
    for await (const chunk of data) parts.push(toBytes(chunk, encoding));
    return buffer().Buffer.concat(parts);
  }
  throw new (codes().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

async function writeWith(defaults, path, data, options) {
  const opts = getOptions(options, defaults);
  const target = toPathOrFd(path instanceof FileHandle ? path.fd : path);
  const flags = flagsToNumber(opts.flag, defaults.flag);
  const mode = checkMode(opts.mode, 0o666);
  abortIfAborted(opts.signal);
  const bytes = await collect(data, opts.encoding);
  abortIfAborted(opts.signal);
  await settle('writeFile', target, bytes, flags, mode);
  // node writes in chunks and stops at the first one after an abort; the
  // write here is one job, so an abort during it is reported after it.
  abortIfAborted(opts.signal);
  if (opts.flush === true && typeof target === 'string') {
    const fd = await settle('open', target, fsConstants.O_RDONLY, 0);
    try { await settle('fsync', fd); } finally { await settle('close', fd); }
  }
}

function writeFile(path, data, options) { return writeWith(kWriteDefaults, path, data, options); }
function appendFile(path, data, options) { return writeWith(kAppendDefaults, path, data, options); }

async function stat(path, options) { return viaCallback(fs.stat, path, options); }
async function lstat(path, options) { return viaCallback(fs.lstat, path, options); }
async function statfs(path, options) { return viaCallback(fs.statfs, path, options); }
async function mkdir(path, options) { return viaCallback(fs.mkdir, path, options); }
async function mkdtemp(prefix, options) { return viaCallback(fs.mkdtemp, prefix, options); }
async function readdir(path, options) { return viaCallback(fs.readdir, path, options); }
async function rmdir(path, options) { return viaCallback(fs.rmdir, path, options); }
async function rm(path, options) { return viaCallback(fs.rm, path, options); }
async function unlink(path) { return viaCallback(fs.unlink, path); }
async function rename(oldPath, newPath) { return viaCallback(fs.rename, oldPath, newPath); }
async function link(existingPath, newPath) { return viaCallback(fs.link, existingPath, newPath); }
async function symlink(target, path, type) { return viaCallback(fs.symlink, target, path, type); }
async function readlink(path, options) { return viaCallback(fs.readlink, path, options); }
async function realpath(path, options) { return viaCallback(fs.realpath, path, options); }
async function copyFile(src, dest, mode) { return viaCallback(fs.copyFile, src, dest, mode); }
async function chmod(path, mode) { return viaCallback(fs.chmod, path, mode); }
async function chown(path, uid, gid) { return viaCallback(fs.chown, path, uid, gid); }
async function lchown(path, uid, gid) { return viaCallback(fs.lchown, path, uid, gid); }
async function utimes(path, atime, mtime) { return viaCallback(fs.utimes, path, atime, mtime); }
async function lutimes(path, atime, mtime) { return viaCallback(fs.lutimes, path, atime, mtime); }
async function cp(src, dest, options) { return require('internal/fs/cp').cp(src, dest, options); }
async function opendir(path, options) { return viaCallback(fs.opendir, path, options); }

async function lchmod() {
  throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('lchmod()');
}

async function truncate(path, len = 0) {
  const fh = await open(path, 'r+');
  try {
    await fh.truncate(len);
  } finally {
    await fh.close();
  }
}

async function mkdtempDisposable(prefix, options) {
  const path = await mkdtemp(prefix, options);
  // Removal must not depend on the working directory at that time.
  const absolute = require('path').resolve(path);
  const handle = {
    __proto__: null,
    path,
    async remove() { await rm(absolute, { recursive: true, force: true }); },
  };
  if (typeof Symbol.asyncDispose === 'symbol') {
    handle[Symbol.asyncDispose] = {
      async [Symbol.asyncDispose]() { await rm(absolute, { recursive: true, force: true }); },
    }[Symbol.asyncDispose];
  }
  return handle;
}

function glob(pattern, options) {
  return require('internal/fs/glob').globAsync(pattern, options);
}

function watch(filename, options) {
  return require('internal/fs/watch').watchAsync(filename, options);
}

const exportsObject = {
  access, copyFile, cp, glob, open, opendir, rename, truncate, rm, rmdir, mkdir, readdir, readlink, symlink, lstat,
  stat, statfs, link, unlink, chmod, lchmod, lchown, chown, utimes, lutimes, realpath, mkdtemp, mkdtempDisposable,
  writeFile, appendFile, readFile, watch, constants: fsConstants,
};

module.exports = { exports: exportsObject, FileHandle, handleRefs };
