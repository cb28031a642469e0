'use strict';
// node:tty. isatty(), and ReadStream/WriteStream: terminal streams over an
// fd, net.Socket subclasses with the stdio Socket's I/O
// (internal/stdio/socket). ReadStream adds raw mode; WriteStream adds the
// window size, colour depth, cursor control and the 'resize' event (SIGWINCH is watched only while a stream has a
// 'resize' listener).

const stdio = internalBinding('stdio');
const { Socket: NetSocket } = require('net');
const { initStdioSocket, addStdioMethods } = require('internal/stdio/socket');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && stdio.isatty(fd);
}

// The fd check and the handle check node's constructors make.
function checkTtyFd(fd) {
  const { codes } = require('internal/errors');
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) throw new codes.ERR_INVALID_FD(fd);
  const type = stdio.guessHandleType(fd);
  if (type !== 'TTY' && type !== 'PIPE' && type !== 'TCP') {
    throw new codes.ERR_TTY_INIT_FAILED({
      errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init',
    });
  }
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  checkTtyFd(fd);
  initStdioSocket(this, { highWaterMark: 0, ...options, fd, readable: true, writable: true, type: 'TTY' });
  this.isRaw = false;
  this.rawMode = false;
  this.isTTY = true;
}
// Both extend net.Socket, as in node, with the synchronous stdio I/O.
Object.setPrototypeOf(ReadStream.prototype, NetSocket.prototype);
Object.setPrototypeOf(ReadStream, NetSocket);
addStdioMethods(ReadStream.prototype);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  const err = stdio.setRawMode(this._handle.fd, flag);
  if (err) {
    this.emit('error', new (require('internal/errors').ErrnoException)(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  this.rawMode = flag ? 'raw' : false;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  checkTtyFd(fd);
  initStdioSocket(this, { fd, readable: false, writable: true, type: 'TTY' });
  const size = stdio.getWindowSize(fd);
  this.columns = size ? size[0] : undefined;
  this.rows = size ? size[1] : undefined;
  this.on('newListener', watchResizeFor);
  this.on('removeListener', unwatchResizeFor);
}
Object.setPrototypeOf(WriteStream.prototype, NetSocket.prototype);
Object.setPrototypeOf(WriteStream, NetSocket);
addStdioMethods(WriteStream.prototype);

WriteStream.prototype.isTTY = true;

const colors = require('internal/tty/colors');
WriteStream.prototype.getColorDepth = function getColorDepth(env) {
  return colors.getColorDepth(env);
};
WriteStream.prototype.hasColors = function hasColors(count, env) {
  return colors.hasColors(count, env);
};

// Re-reads the window size; emits 'resize' when it changed.
WriteStream.prototype._refreshSize = function _refreshSize() {
  const size = stdio.getWindowSize(this._handle.fd);
  if (!size) return;
  const [columns, rows] = size;
  if (columns === this.columns && rows === this.rows) return;
  this.columns = columns;
  this.rows = rows;
  this.emit('resize');
};

WriteStream.prototype.cursorTo = function cursorTo(x, y, callback) {
  return require('readline').cursorTo(this, x, y, callback);
};
WriteStream.prototype.moveCursor = function moveCursor(dx, dy, callback) {
  return require('readline').moveCursor(this, dx, dy, callback);
};
WriteStream.prototype.clearLine = function clearLine(dir, callback) {
  return require('readline').clearLine(this, dir, callback);
};
WriteStream.prototype.clearScreenDown = function clearScreenDown(callback) {
  return require('readline').clearScreenDown(this, callback);
};
WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

// Streams with a 'resize' listener, refreshed on each SIGWINCH.
const resizeWatchers = new Set();

function onWindowChange() {
  for (const stream of resizeWatchers) stream._refreshSize();
}

function watchResizeFor(event) {
  if (event !== 'resize' || resizeWatchers.has(this)) return;
  resizeWatchers.add(this);
  if (resizeWatchers.size === 1) stdio.winchStart(onWindowChange);
}

function unwatchResizeFor(event) {
  if (event !== 'resize' || this.listenerCount('resize') > 0) return;
  resizeWatchers.delete(this);
  if (resizeWatchers.size === 0) stdio.winchStop();
}

module.exports = {
  isatty,
  ReadStream,
  WriteStream,
};
