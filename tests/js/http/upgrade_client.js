// Client side of 'upgrade' and 'connect': the 101 / 200 response hands over
// the socket with the bytes that followed the head.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => res.end('plain'));
server.on('upgrade', (req, socket, head) => {
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nhello-from-server');
  socket.on('data', (d) => socket.end('echo:' + d));
});
server.on('connect', (req, socket) => {
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\ntunnel-bytes');
  socket.on('data', (d) => socket.end('tunnel:' + d));
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ port, host: '127.0.0.1', headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('upgrade', (res, socket, head) => {
    console.log('upgrade', res.statusCode, res.headers.upgrade, JSON.stringify(head.toString()));
    socket.on('data', (d) => console.log('upgraded data', d.toString()));
    socket.on('end', () => {
      console.log('upgraded socket ended');
      const c = http.request({ port, host: '127.0.0.1', method: 'CONNECT', path: 'example.com:443' });
      c.on('connect', (res2, s2, head2) => {
        console.log('connect', res2.statusCode, res2.statusMessage, JSON.stringify(head2.toString()));
        s2.on('data', (d) => console.log('tunnel data', d.toString()));
        s2.on('end', () => { s2.end(); server.close(() => console.log('closed')); });
        s2.write('ping');
      });
      c.end();
    });
    socket.write('hi');
  });
  req.end();
});
