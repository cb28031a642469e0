'use strict';
// tty.ReadStream and tty.WriteStream extend net.Socket directly, as in node
// (so a terminal process.stdout/stdin is an instanceof net.Socket), and
// carry net.Socket's API. (The runner gives stdout as a file, so the pipe
// case, also a net.Socket, cannot be seen here.)
const net = require('net');
const tty = require('tty');
const { Duplex } = require('stream');

for (const C of [tty.ReadStream, tty.WriteStream]) {
  console.log(C.name,
    'extends net.Socket:', Object.getPrototypeOf(C.prototype) === net.Socket.prototype,
    Object.getPrototypeOf(C) === net.Socket,
    'instanceof Duplex:', C.prototype instanceof Duplex);
  for (const name of ['setNoDelay', 'setKeepAlive', 'setTimeout', 'address', 'ref', 'unref', 'destroySoon', 'connect']) {
    if (typeof C.prototype[name] !== 'function') console.log('  missing', name);
  }
  for (const name of ['remoteAddress', 'localPort', 'bytesRead', 'readyState', 'pending']) {
    if (!(name in C.prototype)) console.log('  missing', name);
  }
}
console.log('stdout is a file here:', process.stdout instanceof net.Socket, process.stdout.constructor.name);
for (const fd of [-1, 'x']) {
  try {
    new tty.WriteStream(fd);
  } catch (e) {
    console.log('tty.WriteStream', fd, e.code);
  }
}
