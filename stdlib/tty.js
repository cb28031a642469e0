'use strict';
// node:tty. isatty() is real; the ReadStream and WriteStream classes need
// net.Socket and arrive with the stdio streams (issue 4): constructing one
// fails with ERR_JOLT_NOT_IMPLEMENTED naming it, so that modules that only
// call isatty() (colour detection, most often) load and work.

const stdio = internalBinding('stdio');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && stdio.isatty(fd);
}

function notYet(name) {
  const { codes } = require('internal/errors');
  return new codes.ERR_JOLT_NOT_IMPLEMENTED(`tty.${name}`);
}

function ReadStream(fd, options) {
  throw notYet('ReadStream');
}

function WriteStream(fd) {
  throw notYet('WriteStream');
}

module.exports = { isatty, ReadStream, WriteStream };
