// A clientError listener that leaves the socket open: when the peer then
// ends its side, the server ends and closes the connection, as node does
// (the client sees 'end'; nothing was written to it).
'use strict';
const net = require('net');
const http = require('http');

const server = http.createServer(() => console.log('handler called'));
server.on('clientError', (err, socket) => {
  console.log('clientError', err.code, 'destroyed:', socket.destroyed);
  socket.on('end', () => console.log('server socket end'));
  socket.on('close', () => console.log('server socket close'));
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    client.on('data', (d) => console.log('client data', JSON.stringify(String(d))));
    client.on('end', () => {
      console.log('client end');
      server.close();
    });
    client.write('GET / HTTP/1.1\r\nDummy: Header\rContent-Length: 1\r\n\r\n');
    client.end();
  });
});
