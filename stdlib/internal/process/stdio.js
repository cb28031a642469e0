'use strict';
// process.stdout/stderr: writes are synchronous on Linux for files, pipes
// and TTYs (as in Node), so nothing written before process.exit() is lost.
// These are writable-stream-shaped emitters; the full stream machinery
// replaces them when node:stream lands.

const EventEmitter = require('events');
const stdio = internalBinding('stdio');

class SyncWriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._isStdio = true;
    this.writable = true;
    this.destroyed = false;
    this.isTTY = stdio.isatty(fd) || undefined;
    if (this.isTTY) {
      const size = stdio.getWindowSize(fd);
      if (size) {
        this.columns = size[0];
        this.rows = size[1];
      }
    } else {
      delete this.isTTY;
    }
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk)) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    try {
      stdio.writeSync(this.fd, chunk);
    } catch (err) {
      // EPIPE and friends surface as an 'error' event, as in Node.
      process.nextTick(() => {
        if (callback) callback(err);
        this.emit('error', err);
      });
      return false;
    }
    if (callback) process.nextTick(callback, null);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (typeof callback === 'function') process.nextTick(callback);
    return this;
  }

  cork() {}
  uncork() {}
  setDefaultEncoding() { return this; }
  destroySoon() {}
  destroy() { return this; }

  getColorDepth(env = process.env) {
    if (!this.isTTY) return 1;
    if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return 1;
    if (env.FORCE_COLOR === '0') return 1;
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
    if (env.TERM && /-256(color)?$/.test(env.TERM)) return 8;
    return 4;
  }

  hasColors(count = 16, env) {
    if (typeof count === 'object') {
      env = count;
      count = 16;
    }
    return count <= 2 ** this.getColorDepth(env);
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }
}

let stdout;
let stderr;

function getStdout() {
  if (stdout === undefined) stdout = new SyncWriteStream(1);
  return stdout;
}

function getStderr() {
  if (stderr === undefined) stderr = new SyncWriteStream(2);
  return stderr;
}

function getStdin() {
  const { codes } = require('internal/errors');
  throw new codes.ERR_JOLT_NOT_IMPLEMENTED('process.stdin as a stream (use fs.readFileSync(0) for now)');
}

module.exports = { getStdout, getStderr, getStdin, SyncWriteStream };
