'use strict';
// Argument handling shared by node:fs and fs/promises: paths (string,
// Buffer, file: URL), open flags, modes, options objects, encodings, and the
// Dirent class. Everything here validates before any I/O starts.

const {
  validateInt32, validateFunction, validateObject, validateInteger, parseFileMode, validateBoolean,
} = require('internal/validators');

let codesCache;
function codes() {
  if (codesCache === undefined) codesCache = require('internal/errors').codes;
  return codesCache;
}

let bufferModule;
function buffer() {
  if (bufferModule === undefined) bufferModule = require('buffer');
  return bufferModule;
}

// fs.constants on Linux.
const fsConstants = {
  __proto__: null,
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o40000, S_IFCHR: 0o20000, S_IFBLK: 0o60000,
  S_IFIFO: 0o10000, S_IFLNK: 0o120000, S_IFSOCK: 0o140000,
  O_CREAT: 0o100, O_EXCL: 0o200,
  UV_FS_O_FILEMAP: 0, UV_FS_O_TEMPORARY: 0, UV_FS_O_SHORT_LIVED: 0, UV_FS_O_SEQUENTIAL: 0, UV_FS_O_RANDOM: 0,
  O_NOCTTY: 0o400, O_TRUNC: 0o1000, O_APPEND: 0o2000, O_DIRECTORY: 0o200000, O_NOATIME: 0o1000000,
  O_NOFOLLOW: 0o400000, O_SYNC: 0o4010000, O_DSYNC: 0o10000, O_DIRECT: 0o40000, O_NONBLOCK: 0o4000,
  S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100,
  S_IRWXG: 0o70, S_IRGRP: 0o40, S_IWGRP: 0o20, S_IXGRP: 0o10,
  S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};

const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = fsConstants;
const kFlagTable = {
  __proto__: null,
  'r': O_RDONLY, 'rs': O_RDONLY | O_SYNC, 'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY, 'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY, 'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL, 'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

// Open flags as a number: a number passes, a known string maps.
function flagsToNumber(flags, fallback = 'r') {
  if (flags === undefined || flags === null) flags = fallback;
  if (typeof flags === 'number') return flags;
  const n = typeof flags === 'string' ? kFlagTable[flags] : undefined;
  if (n === undefined) throw new (codes().ERR_INVALID_ARG_VALUE)('flags', flags);
  return n;
}

function nullBytes(name, value) {
  return new (codes().ERR_INVALID_ARG_VALUE)(name, value,
    'must be a string, Uint8Array, or URL without null bytes');
}

function isURLLike(p) {
  return p !== null && typeof p === 'object' && typeof p.href === 'string' && typeof p.protocol === 'string' &&
    p.auth === undefined && p.path === undefined;
}

// A path argument as a string (what the binding takes).
function toPath(p, name = 'path') {
  if (typeof p === 'string') {
    if (p.includes('\u0000')) throw nullBytes(name, p);
    return p;
  }
  if (p instanceof Uint8Array) {
    if (p.includes(0)) throw nullBytes(name, p);
    // Bytes that are not UTF-8 go to the binding as they are: as a string
    // they would name another file.
    if (!buffer().isUtf8(p)) return p;
    return buffer().Buffer.prototype.toString.call(p, 'utf8');
  }
  if (isURLLike(p)) {
    const s = require('url').fileURLToPath(p);
    if (s.includes('\u0000')) throw nullBytes(name, s);
    return s;
  }
  throw new (codes().ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'URL'], p);
}

// toPath for callers that work on the path as a string (resolve it, join
// to it): a path that is not UTF-8 gets U+FFFD for what is not.
function toPathString(p, name = 'path') {
  const path = toPath(p, name);
  return typeof path === 'string' ? path : buffer().Buffer.prototype.toString.call(path, 'utf8');
}

// A path or a file descriptor (readFile, writeFile, appendFile).
function toPathOrFd(p, name = 'path') {
  if (typeof p === 'number' && Number.isInteger(p)) {
    validateInt32(p, 'fd', 0);
    return p;
  }
  return toPath(p, name);
}

function checkFd(fd, name = 'fd') {
  validateInt32(fd, name, 0);
  return fd;
}

function checkMode(mode, fallback, name = 'mode') {
  return parseFileMode(mode, name, fallback);
}

function checkCallback(cb) {
  if (typeof cb !== 'function') throw new (codes().ERR_INVALID_ARG_TYPE)('cb', 'function', cb);
  return cb;
}

function checkEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !buffer().Buffer.isEncoding(encoding)) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('encoding', encoding, 'is invalid encoding');
  }
}

// Options given as an encoding string or an object, merged over defaults.
function getOptions(options, defaults) {
  if (options === null || options === undefined || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    checkEncoding(options);
    return { __proto__: null, ...defaults, encoding: options };
  }
  if (typeof options !== 'object') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') checkEncoding(options.encoding);
  const merged = { __proto__: null, ...defaults };
  for (const key of Object.keys(options)) {
    if (options[key] !== undefined) merged[key] = options[key];
  }
  if (options.signal !== undefined) require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
  return merged;
}

function isUtf8Encoding(encoding) {
  return encoding === undefined || encoding === null || encoding === 'utf8' || encoding === 'utf-8';
}

// The mode argument of the readdir bindings: bit 0 asks for the entries'
// types, bit 1 for the names as bytes (Uint8Arrays), which any encoding
// but UTF-8 needs to see a name that is not UTF-8 as it is on disk.
function listingMode(withTypes, encoding) {
  return (withTypes ? 1 : 0) | (isUtf8Encoding(encoding) ? 0 : 2);
}

// A result (names, link targets) in the requested encoding: a string, or
// the name's bytes when the binding gave them.
function encodeName(s, encoding) {
  if (typeof s !== 'string') {
    const b = buffer().Buffer.from(s.buffer, s.byteOffset, s.byteLength);
    return encoding === 'buffer' ? b : b.toString(encoding);
  }
  if (isUtf8Encoding(encoding)) return s;
  const b = buffer().Buffer.from(s);
  return encoding === 'buffer' ? b : b.toString(encoding);
}

function encodeNames(list, encoding) {
  if (isUtf8Encoding(encoding)) return list;
  for (let i = 0; i < list.length; i++) list[i] = encodeName(list[i], encoding);
  return list;
}

// Data to write: strings are encoded, views are used as bytes.
function toBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return buffer().Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) {
    return data instanceof Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  throw new (codes().ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function checkBuffer(buf, name = 'buffer') {
  if (!ArrayBuffer.isView(buf)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(name, ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

// A read's or write's offset and length within a buffer of `size` bytes,
// with node's errors: a read of length 0 is not checked against the size,
// a write's offset is checked before its length.
function checkRange(offset, length, size, isWrite) {
  validateInteger(offset, 'offset', 0);
  if (typeof length !== 'number') throw new (codes().ERR_INVALID_ARG_TYPE)('length', 'number', length);
  if (length < 0) throw new (codes().ERR_OUT_OF_RANGE)('length', '>= 0', length);
  if (isWrite) {
    if (!Number.isInteger(length)) throw new (codes().ERR_OUT_OF_RANGE)('length', 'an integer', length);
    if (offset > size) throw new (codes().ERR_OUT_OF_RANGE)('offset', `<= ${size}`, offset);
  } else if (length === 0) {
    return;
  }
  if (offset + length > size) {
    throw new (codes().ERR_OUT_OF_RANGE)('length', `<= ${size - offset}`, length);
  }
}

// A read's position, checked as node checks it (the end of the read must
// fit in a signed 64-bit offset). Returns a number (-1 for current).
function toReadPosition(position, length) {
  if (position === null || position === undefined || position === -1) return -1;
  if (typeof position === 'bigint') {
    const max = 0x7fffffffffffffffn - BigInt(length);
    if (position < -1n || position > max) throw new (codes().ERR_OUT_OF_RANGE)('position', `>= -1 && <= ${max}`, position);
    return Number(position);
  }
  if (typeof position !== 'number') throw new (codes().ERR_INVALID_ARG_TYPE)('position', ['bigint', 'integer'], position);
  validateInteger(position, 'position', -1);
  return position;
}

// A write's position: node takes anything but a non-negative integer as
// "the current position".
function toWritePosition(position) {
  return typeof position === 'number' && Number.isSafeInteger(position) && position >= 0 ? position : -1;
}

// A file position: null/-1 for "the current one", else a safe integer or
// bigint. Returns a number (-1 for current).
function toPosition(position, name = 'position') {
  if (position === null || position === undefined || position === -1) return -1;
  if (typeof position === 'bigint') {
    if (position < -1n || position > 0x7fffffffffffffffn) {
      throw new (codes().ERR_OUT_OF_RANGE)(name, '>= -1 && <= 9223372036854775807', position);
    }
    return Number(position);
  }
  validateInteger(position, name, -1);
  return position;
}

function toSeconds(time, name) {
  if (typeof time === 'number' && Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (typeof time === 'string' && time !== '' && Number.isFinite(+time)) return +time;
  if (time instanceof Date) return time.getTime() / 1000;
  if (typeof time === 'bigint') return Number(time);
  throw new (codes().ERR_INVALID_ARG_TYPE)('time', ['Date', 'Time in seconds'], time);
}

// ---- Dirent -----------------------------------------------------------------

const kType = Symbol('type');
const { UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET, UV_DIRENT_CHAR,
  UV_DIRENT_BLOCK } = fsConstants;

class Dirent {
  constructor(name, type, parentPath) {
    this.name = name;
    this.parentPath = parentPath;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

// [names, types] from the binding -> Dirents under `dir`; names of a
// recursive listing are relative paths whose directory part joins `dir`.
function toDirents(dir, pair, encoding) {
  const [names, types] = pair;
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const rel = names[i];
    const slash = rel.lastIndexOf(typeof rel === 'string' ? '/' : 0x2f);
    if (slash === -1) {
      out[i] = new Dirent(encodeName(rel, encoding), types[i], dir);
      continue;
    }
    // Bytes (a recursive listing in another encoding): the parent's path
    // is a string all the same.
    const under = typeof rel === 'string' ? rel.slice(0, slash) : buffer().Buffer.from(rel.subarray(0, slash)).toString();
    out[i] = new Dirent(encodeName(rel.subarray ? rel.subarray(slash + 1) : rel.slice(slash + 1), encoding), types[i], `${dir}/${under}`);
  }
  return out;
}

// node:fs's own read and write, set by fs.js: the streams take a native
// shortcut only while the fs they were given still has these. handleRead and
// handleWrite serve FileHandle, whose argument forms differ from fs.read's.
const builtinFs = { __proto__: null, read: undefined, write: undefined, handleRead: undefined, handleWrite: undefined };

module.exports = {
  builtinFs, codes, buffer, fsConstants, flagsToNumber, toPath, toPathString, toPathOrFd, checkFd, checkMode, checkCallback,
  checkEncoding, getOptions, listingMode, encodeName, encodeNames, toBytes, checkBuffer, checkRange, toPosition, toReadPosition,
  toWritePosition, toSeconds, Dirent, toDirents, validateFunction, validateObject, validateBoolean, validateInteger, validateInt32,
};
