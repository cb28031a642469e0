'use strict';
// Argument validation (before any I/O) and system errors, as node reports
// them: code, message, and for system errors errno/syscall/path/dest.
const fs = require('fs');
const { show } = require('./helpers/tmp');

fs.writeFileSync('file', 'x');
fs.mkdirSync('dir');

// system errors, sync
for (const [label, fn] of [
  ['open ENOENT', () => fs.openSync('missing')],
  ['readFile ENOENT', () => fs.readFileSync('missing')],
  ['readFile EISDIR', () => fs.readFileSync('dir')],
  ['open ENOTDIR', () => fs.openSync('file/x')],
  ['mkdir EEXIST', () => fs.mkdirSync('dir')],
  ['mkdir -p ENOTDIR', () => fs.mkdirSync('file/a/b', { recursive: true })],
  ['mkdir -p EEXIST', () => fs.mkdirSync('file', { recursive: true })],
  ['rmdir ENOTDIR', () => fs.rmdirSync('file')],
  ['unlink EISDIR', () => fs.unlinkSync('dir')],
  ['rename ENOENT', () => fs.renameSync('missing', 'other')],
  ['link ENOENT', () => fs.linkSync('missing', 'other')],
  ['symlink EEXIST', () => fs.symlinkSync('file', 'dir')],
  ['readlink EINVAL', () => fs.readlinkSync('file')],
  ['readdir ENOTDIR', () => fs.readdirSync('file')],
  ['readdir ENOENT', () => fs.readdirSync('missing')],
  ['stat ENOENT', () => fs.statSync('missing')],
  ['lstat ENOENT', () => fs.lstatSync('missing')],
  ['chmod ENOENT', () => fs.chmodSync('missing', 0o644)],
  ['utimes ENOENT', () => fs.utimesSync('missing', 1, 1)],
  ['truncate ENOENT', () => fs.truncateSync('missing')],
  ['copyFile ENOENT', () => fs.copyFileSync('missing', 'x')],
  ['rm ENOENT', () => fs.rmSync('missing')],
  ['rm dir', () => fs.rmSync('dir')],
  ['mkdtemp ENOENT', () => fs.mkdtempSync('missing/x-')],
  ['realpath.native ENOENT', () => fs.realpathSync.native('missing')],
  ['opendir ENOENT', () => fs.opendirSync('missing')],
  ['statfs ENOENT', () => fs.statfsSync('missing')],
  ['fstat EBADF', () => fs.fstatSync(1000)],
  ['fsync EBADF', () => fs.fsyncSync(1000)],
  ['futimes EBADF', () => fs.futimesSync(1000, 1, 1)],
  ['fchmod EBADF', () => fs.fchmodSync(1000, 0o600)],
  ['write EBADF', () => fs.writeSync(1000, 'x')],
]) show(label, fn);

// node's JS realpath reports the first missing component, resolved
try {
  fs.realpathSync('missing/deeper');
} catch (err) {
  console.log('realpath', err.code, err.syscall, err.path.endsWith('/missing'), err.message.endsWith("/missing'"));
}
try {
  fs.renameSync('missing', 'other');
} catch (err) {
  console.log(err.errno, err.code, err.syscall, err.path, err.dest, Object.keys(err));
}
try {
  fs.openSync('missing');
} catch (err) {
  console.log(err.errno, err.code, err.syscall, err.path, err.dest, err instanceof Error);
}

// argument validation
for (const [label, fn] of [
  ['path number', () => fs.readFileSync(true)],
  ['path NUL', () => fs.openSync('a\u0000b')],
  ['path Buffer NUL', () => fs.statSync(Buffer.from('a\u0000b'))],
  ['path http URL', () => fs.statSync(new URL('http://example.com/x'))],
  ['path object', () => fs.statSync({})],
  ['flags', () => fs.openSync('file', 'rw')],
  ['mode string', () => fs.openSync('file', 'r', 'abc')],
  ['mode range', () => fs.chmodSync('file', -1)],
  ['mkdir mode', () => fs.mkdirSync('x', { mode: 'zz' })],
  ['mkdir recursive type', () => fs.mkdirSync('x', { recursive: 1 })],
  ['fd string', () => fs.closeSync('1')],
  ['fd negative', () => fs.closeSync(-1)],
  ['fd fraction', () => fs.fstatSync(1.5)],
  ['read buffer', () => fs.readSync(0, 'x')],
  ['read length', () => fs.readSync(0, Buffer.alloc(2), 0, 5, 0)],
  ['read offset', () => fs.readSync(0, Buffer.alloc(2), -1, 1, 0)],
  ['write data', () => fs.writeFileSync('file', 123)],
  ['write data object', () => fs.writeFileSync('file', { a: 1 })],
  ['encoding', () => fs.readFileSync('file', 'nope')],
  ['options type', () => fs.readFileSync('file', 42)],
  ['access mode', () => fs.accessSync('file', 8)],
  ['copyFile mode', () => fs.copyFileSync('file', 'y', 8)],
  ['symlink type', () => fs.symlinkSync('file', 'y', 'bad')],
  ['rm options', () => fs.rmSync('file', { recursive: 'yes' })],
  ['truncate len', () => fs.truncateSync('file', 'x')],
  ['utimes time', () => fs.utimesSync('file', {}, 1)],
  ['chown uid', () => fs.chownSync('file', 'x', 0)],
  ['opendir bufferSize', () => fs.opendirSync('.', { bufferSize: 0 })],
  ['readv buffers', () => fs.readvSync(0, 'x')],
  ['readdir callback', () => fs.readdir('.')],
  ['stat callback', () => fs.stat('file', 'not a function')],
  ['mkdtemp prefix', () => fs.mkdtempSync(5)],
]) show(label, fn);

// nothing was created by the failed calls
console.log(fs.readdirSync('.'));
