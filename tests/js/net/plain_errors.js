'use strict';
// Socket errors from the system are plain Errors (constructor Error): a
// refused connect, a write on a handle closed underneath the socket
// (EBADF); a write once the handle is gone is ERR_SOCKET_CLOSED.
const net = require('net');

function show(label, e) {
  console.log(label, e.constructor === Error, e instanceof Error, e.name, e.code, e.syscall, e.message.replace(/:\d+$/, ':PORT'));
}

const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const a = net.connect(port, '127.0.0.1', () => {
    a.on('error', (e) => {
      show('closed handle:', e);
      const b = net.connect(port, '127.0.0.1', () => {
        b.on('error', (e2) => {
          show('no handle:', e2);
          server.close(() => {
            net.connect(port, '127.0.0.1').on('error', (e3) => show('refused:', e3));
          });
        });
        b._handle.close();
        b._handle = null;
        b.write('foo');
      });
    });
    a._handle.close();
    a.write('foo');
  });
});
server.on('connection', (c) => c.on('error', () => {}));
