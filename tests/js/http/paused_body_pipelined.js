'use strict';
// A request body larger than one read, paused by its handler, with a second
// request pipelined behind it and the client ending its side: once the body
// is read the socket reads again, so both get answers and the server sees
// the client's end (it used to stay paused for good).
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  if (req.url === '/pause') {
    req.pause();
    setTimeout(() => req.resume(), 5);
  }
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('end', () => res.end(`${req.url} ${n}`));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { out += d; });
  c.on('end', () => console.log('client got end'));
  c.on('close', () => {
    console.log(JSON.stringify(out.replace(/Date: .*?\r\n/g, '')));
    server.close(() => console.log('server closed'));
  });
  c.on('connect', () => {
    c.write(`POST /pause HTTP/1.1\r\nHost: x\r\nContent-Length: 70000\r\n\r\n${'y'.repeat(70000)}` +
            'GET /a HTTP/1.1\r\nHost: x\r\n\r\n');
    setTimeout(() => c.end(), 20);
  });
});
