// server.maxRequestsPerSocket: responses carry "Keep-Alive: ..., max=N", the
// last allowed one says Connection: close, and a request past the limit
// (pipelined) is dropped: 'dropRequest' instead of 'request', answered 503.
'use strict';
const http = require('http');
const { raw, show } = require('./helpers/raw');

const server = http.createServer((req, res) => {
  console.log('request', req.url);
  res.end('ok ' + req.url);
});
server.maxRequestsPerSocket = 2;
server.on('dropRequest', (req, socket) => {
  console.log('dropRequest', req.method, req.url, socket === req.socket);
});

server.listen(0, '127.0.0.1', async () => {
  const get = (n) => `GET /${n} HTTP/1.1\r\nHost: x\r\n\r\n`;
  show('three pipelined, max 2', await raw(server.address().port, get(1) + get(2) + get(3)));
  server.maxRequestsPerSocket = 0;
  show('no limit', await raw(server.address().port, get(4) + get(5).replace('\r\n\r\n', '\r\nConnection: close\r\n\r\n')));
  server.close(() => console.log('closed'));
});
