'use strict';
// fs/promises. Each function validates its arguments like its callback twin
// in node:fs, then turns the binding's callback into a promise. FileHandle,
// what open() resolves with, is internal/fs/file_handle.

const fsb = internalBinding('fs_ops');
const fs = require('fs');
const {
  codes, buffer, fsConstants, flagsToNumber, toPath, toPathOrFd, checkMode, getOptions, toBytes,
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

// The class lives in internal/fs/file_handle, loaded by the first open():
// it extends EventEmitter, and a program that only reads and writes whole
// files need not load either. No FileHandle exists before that open().
let FileHandle;
function isFileHandle(value) {
  return FileHandle !== undefined && value instanceof FileHandle;
}

// ---- functions ------------------------------------------------------------------

async function access(path, mode = fsConstants.F_OK) {
  return viaCallback(fs.access, path, mode);
}

async function open(path, flags, mode) {
  const p = toPath(path);
  const fd = await settle('open', p, flagsToNumber(flags), checkMode(mode, 0o666));
  FileHandle ??= require('internal/fs/file_handle').FileHandle;
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
      : toPathOrFd(isFileHandle(path) ? path.fd : path);
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
  if (opts.flush !== undefined && opts.flush !== null) {
    require('internal/validators').validateBoolean(opts.flush, 'options.flush');
  }
  const target = toPathOrFd(isFileHandle(path) ? path.fd : path);
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

// settle and viaCallback are for internal/fs/file_handle.
module.exports = { exports: exportsObject, settle, viaCallback };
