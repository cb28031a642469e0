'use strict';
// SyncWriteStream: the Writable node puts on process.stdout/stderr when
// they are files (regular files, /dev/null and other character devices).
// Every write reaches the file before write() returns.

const { Writable } = require('internal/streams/writable');
const { Buffer } = require('buffer');
const stdio = internalBinding('stdio');

class SyncWriteStream extends Writable {
  constructor(fd, options) {
    // Strings reach _write as they are: the binding writes UTF-8 without
    // a Buffer copy.
    super({ autoDestroy: true, decodeStrings: false });
    this.fd = fd;
    this.readable = false;
    this.autoClose = options === undefined || options.autoClose === undefined ? true : !!options.autoClose;
  }

  _write(chunk, encoding, callback) {
    try {
      const utf8 = typeof chunk !== 'string' || encoding === 'utf8' || encoding === 'utf-8';
      stdio.writeSync(this.fd, utf8 ? chunk : Buffer.from(chunk, encoding));
    } catch (err) {
      callback(err);
      return;
    }
    callback();
  }

  _destroy(err, callback) {
    if (this.fd !== null && this.autoClose) require('fs').closeSync(this.fd);
    this.fd = null;
    callback(err);
  }

  destroySoon() {
    this.destroy();
  }
}

require('internal/stdio/fast_write').installFastWrite(SyncWriteStream.prototype, (s) => s.fd, (e) => e);

module.exports = SyncWriteStream;
