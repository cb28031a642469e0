// _writeRaw() puts bytes on the wire as they are (here an informational
// 102 before the response); _send() sends the head first if it has not
// gone yet.
'use strict';
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  if (req.url === '/info') {
    res._writeRaw('HTTP/1.1 102 Processing\r\n');
    res._writeRaw('Foo: Bar\r\n');
    res._writeRaw('\r\n', () => console.log('raw write callback'));
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('done');
    return;
  }
  res.setHeader('Content-Length', '12');
  res.writeHead(200);
  console.log('send returned', typeof res._send('Hello, ', 'latin1', () => console.log('send callback')));
  console.log('headersSent', res.headersSent);
  res._send('world');
  res.end('!');
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get({ port, host: '127.0.0.1', path: '/info' }, (res) => {
    let b = '';
    res.on('data', (d) => b += d);
    res.on('end', () => {
      console.log('info response', res.statusCode, b);
      const c = net.createConnection(port, '127.0.0.1', () => {
        c.end('GET /send HTTP/1.0\r\n\r\n');
      });
      let raw = '';
      c.setEncoding('latin1');
      c.on('data', (d) => raw += d);
      c.on('end', () => {
        console.log(JSON.stringify(raw.replace(/Date: .*\r\n/, '')));
        server.close();
      });
    });
  });
  req.on('information', (info) => console.log('information', info.statusCode, info.statusMessage, info.headers.foo));
});
