'use strict';
// Writes made while connecting fail with ERR_SOCKET_CLOSED_BEFORE_CONNECTION
// when the socket is destroyed before it connected; no 'connect' follows,
// and _connecting mirrors connecting.
const net = require('net');

const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const socket = new net.Socket();
  socket.on('connect', () => console.log('connect (unexpected)'));
  socket.connect({ port: server.address().port, host: '127.0.0.1' });
  console.log('connecting', socket.connecting, socket._connecting);
  socket.write('one', (err) => console.log('write one:', err && err.name, err && err.code, err && err.message));
  socket.write(Buffer.from('two'), (err) => console.log('write two:', err && err.code));
  console.log('bytesWritten before destroy', socket.bytesWritten);
  socket.destroy();
  console.log('after destroy', socket.connecting, socket._connecting, socket.destroyed);
  socket.on('close', (hadError) => {
    console.log('close', hadError);
    server.close();
  });
});
