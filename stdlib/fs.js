'use strict';
// node:fs. Every call has a synchronous form (a system call on this thread)
// and a callback form; both go through one binding function, which runs
// asynchronously when handed a callback (io_uring where the kernel has the
// opcode, else the worker pool). fs/promises, Stats, Dir, cp, watch and the
// streams load on first use.

const fsb = internalBinding('fs_ops');
const {
  codes, buffer, fsConstants, flagsToNumber, toPath, toPathString, toPathOrFd, checkFd, checkMode, checkCallback,
  getOptions, listingMode, encodeName, encodeNames, toBytes, checkBuffer, checkRange, toPosition, toReadPosition,
  toWritePosition, toSeconds, toDirents,
  validateInteger, validateInt32, validateBoolean, validateFunction, builtinFs,
} = require('internal/fs/utils');

let statsModule;
function stats() {
  if (statsModule === undefined) statsModule = require('internal/fs/stats');
  return statsModule;
}
const toStats = (a) => stats().statsFromArray(a);

let FastBufferCtor;
function FastBuffer() {
  if (FastBufferCtor === undefined) FastBufferCtor = buffer().Buffer[Symbol.species];
  return FastBufferCtor;
}

function maybeCallback(cb) {
  return checkCallback(cb);
}

// Wraps a binding callback so that the result goes through `convert`.
function withResult(cb, convert) {
  return (err, value) => {
    if (err) cb(err);
    else cb(null, convert(value));
  };
}

const kReadFileDefaults = { __proto__: null, encoding: null, flag: 'r' };
const kWriteFileDefaults = { __proto__: null, encoding: 'utf8', mode: 0o666, flag: 'w' };
const kAppendFileDefaults = { __proto__: null, encoding: 'utf8', mode: 0o666, flag: 'a' };
const kStatDefaults = { __proto__: null, bigint: false, throwIfNoEntry: true };
const kNoOptions = { __proto__: null };

function isUtf8(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8';
}

function abortError(signal) {
  return new (require('internal/errors').AbortError)(undefined, { cause: signal.reason });
}

// ---- access / exists --------------------------------------------------------

// The small mode of access() and copyFile(): an integer from 0 to 7.
function smallMode(mode, fallback) {
  if (mode === undefined || mode === null) return fallback;
  validateInteger(mode, 'mode');
  if (mode < 0 || mode > 7) {
    const err = new RangeError('mode is out of range: >= 0 && <= 7');
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  return mode;
}

const checkAccessMode = (mode) => smallMode(mode, fsConstants.F_OK);

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = undefined;
  }
  checkCallback(callback);
  fsb.access(toPath(path), checkAccessMode(mode), callback);
}

function accessSync(path, mode) {
  fsb.access(toPath(path), checkAccessMode(mode));
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  let p;
  try {
    p = toPath(path);
  } catch {
    process.nextTick(callback, false);
    return;
  }
  fsb.access(p, 0, (err) => callback(!err));
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: (path) => new Promise((resolve) => { exists(path, resolve); }),
});

// A deprecation warning given once per process: internal/util's emitter,
// made on first use so that loading fs does not load internal/util.
function deprecatedOnce(code, message) {
  let report;
  return () => {
    report ??= require('internal/util').getDeprecationWarningEmitter(code, message);
    report();
  };
}

// Never throws; an argument of a wrong type is deprecated (DEP0187), warned
// about once.
function existsSync(path) {
  let p;
  try {
    p = toPath(path);
  } catch (err) {
    if (err.code === 'ERR_INVALID_ARG_TYPE') warnExistsSyncType();
    return false;
  }
  try {
    fsb.access(p, 0);
    return true;
  } catch {
    return false;
  }
}
const warnExistsSyncType = deprecatedOnce('DEP0187', 'Passing invalid argument types to fs.existsSync is deprecated');

// ---- open / close / read / write --------------------------------------------

function open(path, flags, mode, callback) {
  const p = toPath(path);
  if (typeof flags === 'function') {
    callback = flags;
    flags = undefined;
    mode = undefined;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = undefined;
  }
  checkCallback(callback);
  fsb.open(p, flagsToNumber(flags), checkMode(mode, 0o666), callback);
}

function openSync(path, flags, mode) {
  return fsb.open(toPath(path), flagsToNumber(flags), checkMode(mode, 0o666));
}

function close(fd, callback = () => {}) {
  checkFd(fd);
  if (callback !== undefined) validateFunction(callback, 'cb');
  fsb.close(fd, callback);
}

function closeSync(fd) {
  fsb.close(checkFd(fd));
}

// Node tells its read() forms apart by the number of arguments:
// read(fd, cb), read(fd, bufferOrOptions, cb), read(fd, buffer, options, cb)
// and read(fd, buffer, offset, length, position, cb).
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  checkFd(fd);
  let offset = offsetOrOptions;
  const argc = arguments.length;
  if (argc <= 4) {
    let params = kNoOptions;
    if (argc === 4) {
      checkReadOptions(offsetOrOptions);
      callback = length;
      params = offsetOrOptions ?? kNoOptions;
    } else if (argc === 3) {
      if (!ArrayBuffer.isView(buffer)) {
        if (buffer !== undefined) checkReadOptions(buffer);
        params = buffer ?? kNoOptions;
        buffer = params.buffer === undefined ? require('buffer').Buffer.alloc(16384) : params.buffer;
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = require('buffer').Buffer.alloc(16384);
    }
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params);
  }
  const bytes = checkBuffer(buffer);
  checkCallback(callback);
  const [off, len, pos] = readRange(offset, length, position, buffer, bytes, true);
  if (len === 0) {
    process.nextTick(callback, null, 0, buffer);
    return;
  }
  fsb.read(fd, bytes, off, len, pos, (err, n) => callback(err ?? null, err ? 0 : n, buffer));
}
Object.defineProperty(read, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: (fd, ...rest) => new Promise((resolve, reject) => {
    read(fd, ...rest, (err, bytesRead, buffer) => (err ? reject(err) : resolve({ bytesRead, buffer })));
  }),
});

builtinFs.read = read;

// An options argument of read()/readSync(): an object or null, never a bare
// offset.
function checkReadOptions(options) {
  if (options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options', 'object', options);
  }
}

// Offset, length and position of a read, checked in node's order. As in
// node, length is taken as an int32 (a non-number reads nothing), and a
// zero-length read needs no further checks. Returns [offset, length, pos].
function readRange(offset, length, position, buffer, bytes, nullOffsetIsZero) {
  if (offset === undefined || (nullOffsetIsZero && offset === null)) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return [offset, 0, -1];
  const size = bytes.byteLength;
  if (size === 0) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('buffer', buffer, 'is empty and cannot be written');
  }
  checkRange(offset, length, size);
  return [offset, length, toReadPosition(position, length)];
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  const bytes = checkBuffer(buffer);
  checkFd(fd);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) checkReadOptions(offsetOrOptions);
    ({ offset = 0, length = bytes.byteLength - offset, position = null } = offsetOrOptions ?? kNoOptions);
  }
  const [off, len, pos] = readRange(offset, length, position, buffer, bytes, false);
  if (len === 0) return 0;
  return fsb.read(fd, bytes, off, len, pos);
}

// write(fd, buffer[, offset[, length[, position]]], cb),
// write(fd, buffer, options, cb) or write(fd, string[, position[, encoding]], cb).
// Returns [bytes, offset, length, position]; for a string, `length` carries
// its encoding in.
function writeArgs(data, offset, length, position) {
  if (ArrayBuffer.isView(data)) {
    const bytes = checkBuffer(data);
    if (typeof offset === 'object') {
      ({ offset = 0, length = bytes.byteLength - offset, position = null } = offset ?? kNoOptions);
    }
    if (offset === undefined || offset === null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = bytes.byteLength - offset;
    checkWriteRange(offset, length, bytes.byteLength);
    return [bytes, offset, length, toWritePosition(position)];
  }
  if (typeof data !== 'string') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  // Node's native side falls back to utf8 for an encoding it does not know,
  // but rejects hex data of odd length.
  let encoding = typeof length === 'string' && require('buffer').Buffer.isEncoding(length) ? length : 'utf8';
  require('internal/validators').validateEncoding(data, encoding);
  const bytes = toBytes(data, encoding, 'buffer');
  return [bytes, 0, bytes.byteLength, toWritePosition(offset)];
}

function checkWriteRange(offset, length, size) {
  const ERR_OUT_OF_RANGE = codes().ERR_OUT_OF_RANGE;
  if (offset > size) throw new ERR_OUT_OF_RANGE('offset', `<= ${size}`, offset);
  if (length > size - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${size - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function write(fd, data, offset, length, position, callback) {
  checkFd(fd);
  let args;
  if (ArrayBuffer.isView(data)) {
    callback = checkCallback(callback || position || length || offset);
    args = writeArgs(data, offset, length, position);
  } else {
    if (typeof data !== 'string') writeArgs(data);  // throws
    if (typeof position !== 'function') {
      if (typeof offset === 'function') {
        position = offset;
        offset = null;
      } else {
        position = length;
      }
      length = 'utf8';
    }
    callback = checkCallback(position);
    args = writeArgs(data, offset, length);
  }
  const [bytes, off, len, pos] = args;
  // As in node, a failed write still reports 0 bytes and the data.
  fsb.write(fd, bytes, off, len, pos, (err, written) => callback(err ?? null, err ? 0 : written, data));
}
Object.defineProperty(write, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: (fd, data, ...rest) => new Promise((resolve, reject) => {
    write(fd, data, ...rest, (err, bytesWritten, buffer) => (err ? reject(err) : resolve({ bytesWritten, buffer })));
  }),
});

builtinFs.write = write;

function writeSync(fd, data, offset, length, position) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) writeArgs(data);  // throws
  checkFd(fd);
  const [bytes, off, len, pos] = writeArgs(data, offset, length, position);
  return fsb.write(fd, bytes, off, len, pos);
}

// FileHandle#read and #write (fs/promises) take their arguments as node's
// promise API does, which is not how fs.read/fs.write count them. The read
// gets them with FileHandle's options object already taken apart.
builtinFs.handleRead = function handleRead(fd, buffer, offset, length, position, callback) {
  const bytes = checkBuffer(buffer);
  if (offset === undefined || offset === null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= bytes.byteLength - offset;
  const pos = toReadPosition(position, length);
  if (length === 0) {
    process.nextTick(callback, null, 0, buffer);
    return;
  }
  if (bytes.byteLength === 0) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('buffer', buffer, 'is empty and cannot be written');
  }
  checkRange(offset, length, bytes.byteLength);
  fsb.read(fd, bytes, offset, length, pos, (err, n) => callback(err ?? null, err ? 0 : n, buffer));
};

builtinFs.handleWrite = function handleWrite(fd, data, offsetOrPosition, lengthOrEncoding, position, callback) {
  const [bytes, off, len, pos] = writeArgs(data, offsetOrPosition, lengthOrEncoding, position);
  fsb.write(fd, bytes, off, len, pos, (err, written) => callback(err ?? null, err ? 0 : written, data));
};

function checkBufferList(buffers) {
  if (!Array.isArray(buffers)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('buffers', 'ArrayBufferView[]', buffers);
  }
  for (let i = 0; i < buffers.length; i++) {
    if (!ArrayBuffer.isView(buffers[i])) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('buffers', 'ArrayBufferView[]', buffers);
    }
  }
  return buffers;
}

function vectorCall(method, fd, buffers, position, callback) {
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  checkFd(fd);
  checkBufferList(buffers);
  checkCallback(callback);
  fsb[method](fd, buffers, toPosition(position), (err, n) => callback(err ?? null, err ? 0 : n, buffers));
}

function readv(fd, buffers, position, callback) { vectorCall('readv', fd, buffers, position, callback); }
function writev(fd, buffers, position, callback) { vectorCall('writev', fd, buffers, position, callback); }
// util.promisify resolves them to objects, with node's names (writev's
// second one is `buffer`, as in node).
{
  const customPromisifyArgs = require('internal/util/promisify_args');
  Object.defineProperty(readv, customPromisifyArgs, { __proto__: null, value: ['bytesRead', 'buffers'] });
  Object.defineProperty(writev, customPromisifyArgs, { __proto__: null, value: ['bytesWritten', 'buffer'] });
}

function readvSync(fd, buffers, position) {
  checkFd(fd);
  return fsb.readv(fd, checkBufferList(buffers), toPosition(position));
}

function writevSync(fd, buffers, position) {
  checkFd(fd);
  return fsb.writev(fd, checkBufferList(buffers), toPosition(position));
}

// ---- readFile / writeFile / appendFile --------------------------------------

function fileResult(data, encoding) {
  if (typeof data === 'string') return data;
  const buf = new (FastBuffer())(data);
  return encoding ? buf.toString(encoding) : buf;
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  const opts = getOptions(options, kReadFileDefaults);
  const target = toPathOrFd(path);
  const flags = flagsToNumber(opts.flag, 'r');
  const encoding = opts.encoding;
  const signal = opts.signal;
  if (signal?.aborted) {
    process.nextTick(callback, abortError(signal));
    return;
  }
  fsb.readFile(target, flags, isUtf8(encoding), (err, data) => {
    if (signal?.aborted) callback(abortError(signal));
    else if (err) callback(err);
    else callback(null, fileResult(data, encoding));
  });
}

function readFileSync(path, options) {
  const opts = getOptions(options, kReadFileDefaults);
  const encoding = opts.encoding;
  const data = fsb.readFile(toPathOrFd(path), flagsToNumber(opts.flag, 'r'), isUtf8(encoding));
  return fileResult(data, encoding);
}

function writeTarget(path, data, options, defaults) {
  const opts = getOptions(options, defaults);
  const target = toPathOrFd(path, 'path');
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (opts.flush !== undefined && opts.flush !== null) validateBoolean(opts.flush, 'options.flush');
  const bytes = toBytes(data, opts.encoding);
  return [target, bytes, flagsToNumber(opts.flag, defaults.flag), checkMode(opts.mode, 0o666), opts];
}

function writeFileWith(defaults, path, data, options, callback) {
  callback = maybeCallback(callback || options);
  const [target, bytes, flags, mode, opts] = writeTarget(path, data, options, defaults);
  const signal = opts.signal;
  if (signal?.aborted) {
    process.nextTick(callback, abortError(signal));
    return;
  }
  // An abort while the write is under way fails it, as in node (which stops
  // between its steps; here the one native step may have written the data).
  const done = signal ? (err) => callback(!err && signal.aborted ? abortError(signal) : err) : callback;
  fsb.writeFile(target, bytes, flags, mode, opts.flush === true
    ? (err) => (err ? done(err) : flushThen(target, done))
    : done);
}

// The `flush` option: the data reaches the disk before the callback. As in
// node, this goes through the module's fsync/fsyncSync (which users and
// tests may replace).
function flushThen(target, callback) {
  if (typeof target === 'number') {
    fs.fsync(target, (err) => callback(err ?? null));
    return;
  }
  fsb.open(target, fsConstants.O_RDONLY, 0, (err, fd) => {
    if (err) return callback(err);
    fs.fsync(fd, (err2) => fsb.close(fd, (err3) => callback(err2 || err3 || null)));
  });
}

function flushSync(target) {
  if (typeof target === 'number') {
    fs.fsyncSync(target);
    return;
  }
  const fd = fsb.open(target, fsConstants.O_RDONLY, 0);
  try { fs.fsyncSync(fd); } finally { fsb.close(fd); }
}

function writeFile(path, data, options, callback) {
  writeFileWith(kWriteFileDefaults, path, data, options, callback);
}

function appendFile(path, data, options, callback) {
  writeFileWith(kAppendFileDefaults, path, data, options, callback);
}

function writeFileSync(path, data, options) {
  const [target, bytes, flags, mode, opts] = writeTarget(path, data, options, kWriteFileDefaults);
  fsb.writeFile(target, bytes, flags, mode);
  if (opts.flush === true) flushSync(target);
}

function appendFileSync(path, data, options) {
  const [target, bytes, flags, mode, opts] = writeTarget(path, data, options, kAppendFileDefaults);
  fsb.writeFile(target, bytes, flags, mode);
  if (opts.flush === true) flushSync(target);
}

// ---- stat -------------------------------------------------------------------

function statCall(method, target, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  checkCallback(callback);
  const opts = getOptions(options, kStatDefaults);
  fsb[method](target, opts.bigint === true, withResult(callback, toStats));
}

function stat(path, options, callback) { statCall('stat', toPath(path), options, callback); }
function lstat(path, options, callback) { statCall('lstat', toPath(path), options, callback); }
function fstat(fd, options, callback) { statCall('fstat', checkFd(fd), options, callback); }

function statSyncWith(method, target, options) {
  const opts = getOptions(options, kStatDefaults);
  if (opts.throwIfNoEntry === false) {
    try {
      return toStats(fsb[method](target, opts.bigint === true));
    } catch (err) {
      if (err?.code === 'ENOENT' || err?.code === 'ENOTDIR') return undefined;
      throw err;
    }
  }
  return toStats(fsb[method](target, opts.bigint === true));
}

function statSync(path, options) { return statSyncWith('stat', toPath(path), options); }
function lstatSync(path, options) { return statSyncWith('lstat', toPath(path), options); }
function fstatSync(fd, options) { return toStats(fsb.fstat(checkFd(fd), getOptions(options, kStatDefaults).bigint === true)); }

function statfs(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  checkCallback(callback);
  const opts = getOptions(options, kStatDefaults);
  fsb.statfs(toPath(path), opts.bigint === true, withResult(callback, (a) => stats().statFsFromArray(a)));
}

function statfsSync(path, options) {
  const opts = getOptions(options, kStatDefaults);
  return stats().statFsFromArray(fsb.statfs(toPath(path), opts.bigint === true));
}

// ---- directories ---------------------------------------------------------------

function mkdirOptions(options) {
  switch (typeof options) {
    case 'undefined':
      return [false, 0o777];
    case 'number':
    case 'string':
      return [false, checkMode(options, 0o777)];
    case 'object':
      if (options === null) return [false, 0o777];
      break;
    default:
      throw new (codes().ERR_INVALID_ARG_TYPE)('options', ['number', 'string', 'Object'], options);
  }
  const recursive = options.recursive === undefined ? false : options.recursive;
  validateBoolean(recursive, 'options.recursive');
  return [recursive, checkMode(options.mode, 0o777, 'options.mode')];
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  checkCallback(callback);
  const p = toPath(path);
  const [recursive, mode] = mkdirOptions(options);
  if (recursive) fsb.mkdirp(p, mode, callback);
  else fsb.mkdir(p, mode, callback);
}

function mkdirSync(path, options) {
  const p = toPath(path);
  const [recursive, mode] = mkdirOptions(options);
  if (recursive) return fsb.mkdirp(p, mode);
  fsb.mkdir(p, mode);
  return undefined;
}

function mkdtempPrefix(prefix) {
  if (typeof prefix !== 'string' && !(prefix instanceof Uint8Array) && !(prefix && typeof prefix.href === 'string')) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('prefix', ['string', 'Buffer', 'URL'], prefix);
  }
  const p = toPathString(prefix, 'prefix');
  // Once per process, as node does: mkdtemp replaces six X's of its own, and
  // some platforms would replace the template's X's too.
  if (!warnedTrailingX && p.endsWith('X')) {
    warnedTrailingX = true;
    process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
      'For details see: https://nodejs.org/api/fs.html');
  }
  return p;
}
let warnedTrailingX = false;

function mkdtemp(prefix, options, callback) {
  callback = maybeCallback(callback || options);
  const opts = getOptions(options, kNoOptions);
  fsb.mkdtemp(mkdtempPrefix(prefix), withResult(callback, (p) => encodeName(p, opts.encoding)));
}

function mkdtempSync(prefix, options) {
  const opts = getOptions(options, kNoOptions);
  return encodeName(fsb.mkdtemp(mkdtempPrefix(prefix)), opts.encoding);
}

function listing(dir, result, opts) {
  if (opts.withFileTypes) return toDirents(dir, result, opts.encoding);
  return encodeNames(result, opts.encoding);
}

function readdir(path, options, callback) {
  callback = maybeCallback(callback || options);
  const opts = getOptions(options, kNoOptions);
  const p = toPath(path);
  const mode = listingMode(opts.withFileTypes === true, opts.encoding);
  const method = opts.recursive === true ? 'readdirRecursive' : 'readdir';
  fsb[method](p, mode, withResult(callback, (r) => listing(p, r, opts)));
}

function readdirSync(path, options) {
  const opts = getOptions(options, kNoOptions);
  const p = toPath(path);
  const method = opts.recursive === true ? 'readdirRecursive' : 'readdir';
  return listing(p, fsb[method](p, listingMode(opts.withFileTypes === true, opts.encoding)), opts);
}

const kRmdirDefaults = { __proto__: null, recursive: false, maxRetries: 0, retryDelay: 100 };

// rmdir's options object; returns whether it asks for a recursive removal
// (deprecated, DEP0147: warned about once, before anything is checked).
function rmdirRecursive(options) {
  if (options?.recursive) warnRecursiveRmdir();
  if (options === undefined) return false;
  require('internal/validators').validateObject(options, 'options');
  const { validateUint32 } = require('internal/validators');
  const { recursive = false, maxRetries = 0, retryDelay = 100 } = options;
  validateBoolean(recursive, 'options.recursive');
  validateUint32(retryDelay, 'options.retryDelay');
  validateUint32(maxRetries, 'options.maxRetries');
  return recursive;
}
const warnRecursiveRmdir = deprecatedOnce('DEP0147', 'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
  'will be removed. Use fs.rm(path, { recursive: true }) instead');

const isDirectoryMode = (statArray) => (statArray[1] & fsConstants.S_IFMT) === fsConstants.S_IFDIR;

// A recursive rmdir removes a directory tree only: anything else goes to
// rmdir(2), which refuses it (ENOTDIR), and a missing path fails its lstat.
function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  checkCallback(callback);
  const p = toPath(path);
  if (rmdirRecursive(options)) {
    fsb.lstat(p, false, (err, st) => {
      if (err) callback(err);
      else if (isDirectoryMode(st)) fsb.rmTree(p, callback);
      else fsb.rmdir(p, callback);
    });
    return;
  }
  fsb.rmdir(p, callback);
}

function rmdirSync(path, options) {
  const p = toPath(path);
  if (rmdirRecursive(options) && isDirectoryMode(fsb.lstat(p, false))) {
    fsb.rmTree(p);
    return;
  }
  fsb.rmdir(p);
}

const kRmDefaults = { __proto__: null, force: false, recursive: false, maxRetries: 0, retryDelay: 100 };

function rmOptions(options) {
  const opts = getOptions(options, kRmDefaults);
  validateBoolean(opts.force, 'options.force');
  validateBoolean(opts.recursive, 'options.recursive');
  validateInteger(opts.maxRetries, 'options.maxRetries', 0);
  validateInteger(opts.retryDelay, 'options.retryDelay', 0);
  return opts;
}

function rmIsDirError(path) {
  return new (codes().ERR_FS_EISDIR)({
    code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21,
  });
}

const S_IFMT = 0o170000;
const S_IFDIR = 0o40000;

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  checkCallback(callback);
  const p = toPath(path);
  const opts = rmOptions(options);
  fsb.lstat(p, false, (err, st) => {
    if (err) return callback(err.code === 'ENOENT' && opts.force ? null : err);
    if ((st[1] & S_IFMT) === S_IFDIR) {
      if (!opts.recursive) return callback(rmIsDirError(p));
      return fsb.rmTree(p, callback);
    }
    fsb.unlink(p, callback);
  });
}

function rmSync(path, options) {
  const p = toPath(path);
  const opts = rmOptions(options);
  let st;
  try {
    st = fsb.lstat(p, false);
  } catch (err) {
    if (err.code === 'ENOENT' && opts.force) return;
    throw err;
  }
  if ((st[1] & S_IFMT) === S_IFDIR) {
    if (!opts.recursive) throw rmIsDirError(p);
    fsb.rmTree(p);
    return;
  }
  fsb.unlink(p);
}

// ---- names ----------------------------------------------------------------------

function unlink(path, callback) { later('unlink', [toPath(path)], callback); }

function unlinkSync(path) { fsb.unlink(toPath(path)); }

function rename(oldPath, newPath, callback) {
  later('rename', [toPath(oldPath, 'oldPath'), toPath(newPath, 'newPath')], callback);
}

function renameSync(oldPath, newPath) { fsb.rename(toPath(oldPath, 'oldPath'), toPath(newPath, 'newPath')); }

function link(existingPath, newPath, callback) {
  later('link', [toPath(existingPath, 'existingPath'), toPath(newPath, 'newPath')], callback);
}

function linkSync(existingPath, newPath) {
  fsb.link(toPath(existingPath, 'existingPath'), toPath(newPath, 'newPath'));
}

function checkSymlinkType(type) {
  if (type !== undefined && type !== null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw new (codes().ERR_INVALID_ARG_VALUE)('type', type,
      "must be one of: 'dir', 'file', 'junction', null, undefined");
  }
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  checkCallback(callback);
  checkSymlinkType(type);
  fsb.symlink(toPath(target, 'target'), toPath(path), callback);
}

function symlinkSync(target, path, type) {
  checkSymlinkType(type);
  fsb.symlink(toPath(target, 'target'), toPath(path));
}

function readlink(path, options, callback) {
  callback = maybeCallback(callback || options);
  const opts = getOptions(options, kNoOptions);
  fsb.readlink(toPath(path, 'oldPath'), withResult(callback, (s) => encodeName(s, opts.encoding)));
}

function readlinkSync(path, options) {
  const opts = getOptions(options, kNoOptions);
  return encodeName(fsb.readlink(toPath(path, 'oldPath')), opts.encoding);
}

// realpath: node's JS realpath reports a missing component through the
// lstat that found it; the native one as realpath.
function missingComponent(p, err) {
  if (err?.code !== 'ENOENT' || typeof p !== 'string') return err;
  const abs = require('path').resolve(p);
  let cur = '';
  for (const part of abs.split('/')) {
    if (part === '') continue;
    cur += `/${part}`;
    try {
      fsb.lstat(cur, false);
    } catch (e) {
      return require('internal/errors').makeSystemError(e.errno, 'lstat', cur);
    }
  }
  return err;
}

function realpath(path, options, callback) {
  callback = maybeCallback(callback || options);
  const opts = getOptions(options, kNoOptions);
  const p = toPath(path);
  fsb.realpath(p, (err, r) => {
    if (err) callback(missingComponent(p, err));
    else callback(null, encodeName(r, opts.encoding));
  });
}

function realpathSync(path, options) {
  const opts = getOptions(options, kNoOptions);
  const p = toPath(path);
  try {
    return encodeName(fsb.realpath(p), opts.encoding);
  } catch (err) {
    throw missingComponent(p, err);
  }
}

realpath.native = function native(path, options, callback) {
  callback = maybeCallback(callback || options);
  const opts = getOptions(options, kNoOptions);
  fsb.realpath(toPath(path), withResult(callback, (r) => encodeName(r, opts.encoding)));
};

realpathSync.native = function native(path, options) {
  const opts = getOptions(options, kNoOptions);
  return encodeName(fsb.realpath(toPath(path)), opts.encoding);
};

const copyMode = (mode) => smallMode(mode, 0);

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = undefined;
  }
  checkCallback(callback);
  fsb.copyFile(toPath(src, 'src'), toPath(dest, 'dest'), copyMode(mode), callback);
}

function copyFileSync(src, dest, mode) {
  fsb.copyFile(toPath(src, 'src'), toPath(dest, 'dest'), copyMode(mode));
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  checkCallback(callback);
  require('internal/fs/cp').cp(src, dest, options).then(() => callback(null), callback);
}

function cpSync(src, dest, options) {
  require('internal/fs/cp').cpSync(src, dest, options);
}

// ---- attributes -------------------------------------------------------------

// The callback form of a binding call whose arguments are already checked.
function later(method, args, callback) {
  checkCallback(callback);
  fsb[method](...args, callback);
}

function chmod(path, mode, callback) { later('chmod', [toPath(path), checkMode(mode)], callback); }
function chmodSync(path, mode) { fsb.chmod(toPath(path), checkMode(mode)); }
function fchmod(fd, mode, callback) { later('fchmod', [checkFd(fd), checkMode(mode)], callback); }
function fchmodSync(fd, mode) { fsb.fchmod(checkFd(fd), checkMode(mode)); }

function owner(target, uid, gid) {
  const { validateInteger: checkId } = require('internal/validators');
  checkId(uid, 'uid', -1, 4294967295);
  checkId(gid, 'gid', -1, 4294967295);
  return [target, uid, gid];
}

function chown(path, uid, gid, callback) { later('chown', owner(toPath(path), uid, gid), callback); }
function chownSync(path, uid, gid) { fsb.chown(...owner(toPath(path), uid, gid)); }
function lchown(path, uid, gid, callback) { later('lchown', owner(toPath(path), uid, gid), callback); }
function lchownSync(path, uid, gid) { fsb.lchown(...owner(toPath(path), uid, gid)); }
function fchown(fd, uid, gid, callback) { later('fchown', owner(checkFd(fd), uid, gid), callback); }
function fchownSync(fd, uid, gid) { fsb.fchown(...owner(checkFd(fd), uid, gid)); }

function times(target, atime, mtime) {
  return [target, toSeconds(atime, 'atime'), toSeconds(mtime, 'mtime')];
}

function utimes(path, atime, mtime, callback) { later('utimes', times(toPath(path), atime, mtime), callback); }
function utimesSync(path, atime, mtime) { fsb.utimes(...times(toPath(path), atime, mtime)); }
function lutimes(path, atime, mtime, callback) { later('lutimes', times(toPath(path), atime, mtime), callback); }
function lutimesSync(path, atime, mtime) { fsb.lutimes(...times(toPath(path), atime, mtime)); }
function futimes(fd, atime, mtime, callback) { later('futimes', times(checkFd(fd), atime, mtime), callback); }
function futimesSync(fd, atime, mtime) { fsb.futimes(...times(checkFd(fd), atime, mtime)); }

function checkLength(len) {
  if (len === undefined) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function truncate(path, len, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = undefined;
  }
  if (typeof path === 'number') return ftruncate(path, len, callback);
  const p = toPath(path);
  const n = checkLength(len);
  checkCallback(callback);
  fsb.truncate(p, n, callback);
}

function truncateSync(path, len) {
  if (typeof path === 'number') return ftruncateSync(path, len);
  fsb.truncate(toPath(path), checkLength(len));
}

function ftruncate(fd, len, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = undefined;
  }
  checkFd(fd);
  const n = checkLength(len);
  checkCallback(callback);
  fsb.ftruncate(fd, n, callback);
}

function ftruncateSync(fd, len) { fsb.ftruncate(checkFd(fd), checkLength(len)); }

function fsync(fd, callback) { later('fsync', [checkFd(fd)], callback); }
function fsyncSync(fd) { fsb.fsync(checkFd(fd)); }
function fdatasync(fd, callback) { later('fdatasync', [checkFd(fd)], callback); }
function fdatasyncSync(fd) { fsb.fdatasync(checkFd(fd)); }

// ---- lazily loaded parts ------------------------------------------------------

function opendir(path, options, callback) {
  return require('internal/fs/dir').opendir(path, options, callback);
}

function opendirSync(path, options) {
  return require('internal/fs/dir').opendirSync(path, options);
}

function watch(filename, options, listener) {
  return require('internal/fs/watch').watch(filename, options, listener);
}

function watchFile(filename, options, listener) {
  return require('internal/fs/watch').watchFile(filename, options, listener);
}

function unwatchFile(filename, listener) {
  return require('internal/fs/watch').unwatchFile(filename, listener);
}

function glob(pattern, options, callback) {
  return require('internal/fs/glob').glob(pattern, options, callback);
}

function globSync(pattern, options) {
  return require('internal/fs/glob').globSync(pattern, options);
}

// A temporary directory removed by remove() or at the end of a `using` block.
function mkdtempDisposableSync(prefix, options) {
  const opts = getOptions(options, kNoOptions);
  const created = fsb.mkdtemp(mkdtempPrefix(prefix));
  // Removal must not depend on the working directory at the time.
  const absolute = require('path').resolve(created);
  const remove = () => rmSync(absolute, { recursive: true, force: true });
  const handle = { path: encodeName(created, opts.encoding), remove };
  if (typeof Symbol.dispose === 'symbol') handle[Symbol.dispose] = remove;
  return handle;
}

// The file's contents as a Blob (read now: the Blob is not backed by the
// file, unlike node's).
async function openAsBlob(path, options = undefined) {
  const type = options?.type ?? '';
  const data = await require('internal/fs/promises').exports.readFile(path);
  return new (require('buffer').Blob)([data], { type });
}

function createReadStream(path, options) {
  return new (require('internal/fs/streams').ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (require('internal/fs/streams').WriteStream)(path, options);
}

const fs = {
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync, close, closeSync,
  copyFile, copyFileSync, cp, cpSync, createReadStream, createWriteStream, exists, existsSync, fchown, fchownSync,
  fchmod, fchmodSync, fdatasync, fdatasyncSync, fstat, fstatSync, fsync, fsyncSync, ftruncate, ftruncateSync,
  futimes, futimesSync, glob, globSync, lchown, lchownSync, lchmod: undefined, lchmodSync: undefined, link, linkSync, lstat,
  lstatSync, lutimes, lutimesSync, mkdir, mkdirSync, mkdtemp, mkdtempSync, mkdtempDisposableSync, open, openSync,
  openAsBlob, readdir, readdirSync,
  read, readSync, readv, readvSync, readFile, readFileSync, readlink, readlinkSync, realpath, realpathSync, rename,
  renameSync, rm, rmSync, rmdir, rmdirSync, stat, statfs, statSync, statfsSync, symlink, symlinkSync, truncate,
  truncateSync, unwatchFile, unlink, unlinkSync, utimes, utimesSync, watch, watchFile, writeFile, writeFileSync,
  write, writeSync, writev, writevSync,
};

function defineLazy(name, load) {
  Object.defineProperty(fs, name, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      const value = load();
      Object.defineProperty(fs, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(fs, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
    },
  });
}

defineLazy('Dirent', () => require('internal/fs/utils').Dirent);
// node's Stats is a function that may also be called without `new` (it
// then returns undefined). The class is exported behind a Proxy that adds
// that call (instanceof and subclassing go to the class itself).
const callable = new Map();
function callableClass(C, call, beforeConstruct) {
  let p = callable.get(C);
  if (p === undefined) {
    const traps = { apply: (target, thisArg, args) => call(target, args) };
    if (beforeConstruct) {
      traps.construct = (target, args, newTarget) => {
        beforeConstruct();
        return Reflect.construct(target, args, newTarget);
      };
    }
    p = new Proxy(C, traps);
    callable.set(C, p);
  }
  return p;
}
// Stats made by users (not by fs itself) are deprecated: one warning.
const warnStatsConstructor = deprecatedOnce('DEP0180', 'fs.Stats constructor is deprecated.');
const streams = () => require('internal/fs/streams');
defineLazy('Stats', () => callableClass(stats().Stats, () => {
  warnStatsConstructor();
  return undefined;
}, warnStatsConstructor));
// The streams are plain functions that construct themselves when called.
defineLazy('ReadStream', () => streams().ReadStream);
defineLazy('WriteStream', () => streams().WriteStream);
defineLazy('FileReadStream', () => streams().ReadStream);
defineLazy('FileWriteStream', () => streams().WriteStream);
fs._toUnixTimestamp = function toUnixTimestamp(time, name = 'time') { return toSeconds(time, name); };
defineLazy('Dir', () => require('internal/fs/dir').Dir);
defineLazy('opendir', () => opendir);
defineLazy('opendirSync', () => opendirSync);
Object.defineProperty(fs, 'constants', {
  __proto__: null, value: fsConstants, writable: false, enumerable: true, configurable: false,
});
// Loaded on first access and kept: code that says fs.promises.readFile(...)
// per call pays one getter, not one require().
let promisesExports;
Object.defineProperty(fs, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() { return promisesExports ?? (promisesExports = require('internal/fs/promises').exports); },
});
fs.F_OK = 0;
fs.R_OK = 4;
fs.W_OK = 2;
fs.X_OK = 1;
Object.defineProperty(fs, 'F_OK', { __proto__: null, enumerable: false });
Object.defineProperty(fs, 'R_OK', { __proto__: null, enumerable: false });
Object.defineProperty(fs, 'W_OK', { __proto__: null, enumerable: false });
Object.defineProperty(fs, 'X_OK', { __proto__: null, enumerable: false });

module.exports = fs;
