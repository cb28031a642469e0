'use strict';
// unref(): an open connection and a listening server whose handles are all
// unref'd let the process exit; unref before connect is kept until the
// handle exists; ref() undoes it (the interval below is unref'd too).
const net = require('net');

let connections = 0;
const server = net.createServer((sock) => {
  sock.unref();
  if (++connections > 1) return;
  console.log('connection, unref all');
  server.unref();
  // Unref'd before it connects: applied once the handle exists.
  const late = new net.Socket();
  late.unref();
  late.connect(server.address().port, '127.0.0.1', () => console.log('late connected'));
  late.on('connect', () => {
    const again = setInterval(() => {}, 1000);
    again.unref();
    client.ref();
    setTimeout(() => {
      console.log('ref() kept the process alive; unref again');
      client.unref();
    }, 50);
  });
});
let client;
server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1');
  client.unref();
});
process.on('exit', (code) => console.log('exit', code, 'server listening', server.listening));
