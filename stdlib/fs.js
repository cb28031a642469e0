'use strict';
// node:fs -- the first functions: what the loader and simple scripts need.
// The complete module (every call in three forms, streams, watch, on
// io_uring) is the file-system issue's work; until then the other functions
// throw ERR_JOLT_NOT_IMPLEMENTED naming themselves.

const fsb = internalBinding('fs');

let codes;
function errors() {
  if (codes === undefined) codes = require('internal/errors').codes;
  return codes;
}

function getPath(p, name = 'path') {
  if (typeof p === 'string') {
    if (p.includes('\u0000')) {
      throw new (errors().ERR_INVALID_ARG_VALUE)(name, p, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return p;
  }
  if (p !== null && typeof p === 'object' && typeof p.href === 'string' && p.protocol === 'file:') {
    return decodeURIComponent(p.pathname);
  }
  throw new (errors().ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'URL'], p);
}

function getEncoding(options) {
  if (options === undefined || options === null || typeof options === 'function') return undefined;
  const encoding = typeof options === 'string' ? options : options.encoding;
  if (encoding === undefined || encoding === null || encoding === 'buffer') return undefined;
  const normalized = String(encoding).toLowerCase();
  if (normalized === 'utf8' || normalized === 'utf-8') return 'utf8';
  throw new (errors().ERR_JOLT_NOT_IMPLEMENTED)(`fs encoding '${encoding}' before node:buffer lands`);
}

function readFileSync(path, options) {
  const encoding = getEncoding(options);
  const isFd = typeof path === 'number';
  const target = isFd ? path : getPath(path);
  // Without an encoding node returns a Buffer; until node:buffer lands this
  // is its Uint8Array base.
  return encoding === 'utf8' ? fsb.readFileUtf8(target) : fsb.readFileBytes(target);
}

function readFile(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (typeof callback !== 'function') throw new (errors().ERR_INVALID_ARG_TYPE)('cb', 'function', callback);
  const encoding = getEncoding(options);
  fsb.readFile(getPath(path), encoding === 'utf8', (err, data) => {
    if (err) callback(err);
    else callback(null, data);
  });
}

function existsSync(path) {
  try {
    fsb.access(getPath(path), 0);
    return true;
  } catch {
    return false;
  }
}

function accessSync(path, mode = 0) {
  fsb.access(getPath(path), mode);
}

function realpathSync(path) {
  return fsb.realpath(getPath(path));
}
realpathSync.native = realpathSync;

const constants = { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 };

const fs = {
  readFileSync, readFile, existsSync, accessSync, realpathSync, constants,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
};

for (const name of [
  'access', 'appendFile', 'appendFileSync', 'chmod', 'chmodSync', 'chown', 'chownSync', 'close', 'closeSync',
  'copyFile', 'copyFileSync', 'cp', 'cpSync', 'createReadStream', 'createWriteStream', 'exists', 'fchmod',
  'fchmodSync', 'fchown', 'fchownSync', 'fdatasync', 'fdatasyncSync', 'fstat', 'fstatSync', 'fsync', 'fsyncSync',
  'ftruncate', 'ftruncateSync', 'futimes', 'futimesSync', 'lchown', 'lchownSync', 'link', 'linkSync', 'lstat',
  'lstatSync', 'lutimes', 'lutimesSync', 'mkdir', 'mkdirSync', 'mkdtemp', 'mkdtempSync', 'open', 'openSync',
  'opendir', 'opendirSync', 'read', 'readSync', 'readdir', 'readdirSync', 'readlink', 'readlinkSync', 'readv',
  'readvSync', 'realpath', 'rename', 'renameSync', 'rm', 'rmSync', 'rmdir', 'rmdirSync', 'stat', 'statSync',
  'statfs', 'statfsSync', 'symlink', 'symlinkSync', 'truncate', 'truncateSync', 'unlink', 'unlinkSync',
  'unwatchFile', 'utimes', 'utimesSync', 'watch', 'watchFile', 'write', 'writeFile', 'writeFileSync',
  'writeSync', 'writev', 'writevSync',
]) {
  fs[name] = function notImplemented() {
    throw new (errors().ERR_JOLT_NOT_IMPLEMENTED)(`fs.${name}()`);
  };
}

Object.defineProperty(fs, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() { throw new (errors().ERR_JOLT_NOT_IMPLEMENTED)('fs.promises'); },
});

module.exports = fs;
