'use strict';
// process.stdout, process.stderr and process.stdin, created on first use by
// what the fd is, as node does on Linux:
//   terminal  -> tty.WriteStream / tty.ReadStream
//   file      -> SyncWriteStream / fs.ReadStream (regular files, /dev/null)
//   pipe      -> a Socket (internal/stdio/socket)
// Writes are synchronous in every case, so nothing written before
// process.exit() is lost. The standard streams are never closed by end()
// or destroy(): their fds stay usable for the console and fs.writeSync.

const stdio = internalBinding('stdio');

// destroy() (or the end of end()) on a standard stream leaves the fd open
// and, as in node, the stream usable again: 'close' is still emitted, but
// later writes go through. A stream destroyed by an error (EPIPE) stays so.
function keepFdOpen(err, callback) {
  callback(err);
  if (!err) this._undestroy();
}

function createWritableStdio(fd) {
  const type = stdio.guessHandleType(fd);
  let stream;
  if (type === 'TTY') {
    const { WriteStream } = require('tty');
    stream = new WriteStream(fd);
    stream._type = 'tty';
  } else if (type === 'FILE') {
    const FileStream = require('internal/stdio/file_stream');
    stream = new FileStream(fd, { autoClose: false });
    stream._type = 'fs';
  } else {
    const { Socket } = require('internal/stdio/socket');
    stream = new Socket({ fd, readable: false, writable: true, type });
    stream._type = 'pipe';
  }
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = keepFdOpen;
  return stream;
}

function createStdin() {
  const type = stdio.guessHandleType(0);
  let stream;
  if (type === 'TTY') {
    const { ReadStream } = require('tty');
    stream = new ReadStream(0);
  } else if (type === 'FILE') {
    const { ReadStream } = require('internal/fs/streams');
    stream = new ReadStream(null, { fd: 0, autoClose: false });
  } else if (type === 'UNKNOWN') {
    // A closed fd 0: an empty stream, as node gives.
    const { Readable } = require('stream');
    stream = new Readable({ read() { this.push(null); } });
  } else {
    const { Socket } = require('internal/stdio/socket');
    stream = new Socket({ fd: 0, readable: true, writable: false, type });
  }
  stream.fd = 0;
  return stream;
}

let stdout;
let stderr;
let stdin;

function getStdout() {
  if (stdout === undefined) stdout = createWritableStdio(1);
  return stdout;
}

function getStderr() {
  if (stderr === undefined) stderr = createWritableStdio(2);
  return stderr;
}

function getStdin() {
  if (stdin === undefined) stdin = createStdin();
  return stdin;
}

// A write to fd 1 or 2 made without the stream (the console's shortcut)
// failed: the stream reports it, as its own write would have.
function failStdio(fd, err) {
  const stream = fd === 1 ? process.stdout : process.stderr;
  if (stream.destroyed || typeof stream.destroy !== 'function') return;
  const { ErrnoException } = require('internal/errors');
  const errno = typeof err.errno === 'number' ? -Math.abs(err.errno) : -5;
  stream.destroy(stream._type === 'fs' ? err : new ErrnoException(errno, 'write'));
}

module.exports = { getStdout, getStderr, getStdin, failStdio };
