// A client that vanishes mid-request or mid-response: the server's request
// gets 'aborted'/'close', the response 'close' without 'finish', the
// connection count drops to zero, and the server keeps serving.
'use strict';
const http = require('http');
const net = require('net');

const events = [];
const server = http.createServer((req, res) => {
  const tag = req.url;
  req.on('aborted', () => events.push(tag + ' req aborted'));
  req.on('close', () => events.push(tag + ' req close'));
  res.on('finish', () => events.push(tag + ' res finish'));
  res.on('close', () => {
    events.push(tag + ' res close finished=' + res.writableFinished + ' ended=' + res.writableEnded);
    if (tag === '/stream') checkAfter();
  });
  if (tag === '/upload') {
    req.on('data', () => {});
    return;
  }
  // Streams a response that never ends on its own.
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.write('first chunk\n');
  const timer = setInterval(() => res.write('more\n'), 10);
  res.on('close', () => clearInterval(timer));
});

let pending = 2;
function checkAfter() {
  if (--pending > 0) return;
  setTimeout(() => {
    server.getConnections((err, n) => {
      console.log(events.sort().join('\n'));
      console.log('connections after vanish:', err, n);
      http.get({ port: server.address().port, host: '127.0.0.1', path: '/after', agent: false }, (res) => {
        console.log('still serving:', res.statusCode);
        res.destroy();
        server.closeAllConnections();
        server.close(() => console.log('closed'));
      });
    });
  }, 50);
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  // 1. vanishes while the response streams.
  const a = net.connect(port, '127.0.0.1', () => a.write('GET /stream HTTP/1.1\r\nHost: x\r\n\r\n'));
  a.once('data', () => setTimeout(() => a.destroy(), 30));
  // 2. vanishes in the middle of a request body.
  const b = net.connect(port, '127.0.0.1', () => {
    b.write('POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\npartial');
    setTimeout(() => { b.destroy(); setTimeout(checkAfter, 50); }, 30);
  });
});
