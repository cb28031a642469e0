// Bad input: malformed request lines, header overflow (431), conflicting
// Content-Length/Transfer-Encoding (request smuggling), bad chunk sizes,
// a custom 'clientError' handler with node's error fields; and Expect:
// 100-continue, checkContinue, 'upgrade' and 'connect'.
'use strict';
const http = require('http');
const { raw, show } = require('./helpers/raw');

const R = (s) => s.replace(/\n/g, '\r\n');
const server = http.createServer({ maxHeaderSize: 1024 }, (req, res) => {
  let n = 0;
  req.on('data', (c) => { n += c.length; });
  req.on('end', () => res.end('got ' + req.method + ' ' + req.url + ' ' + n));
});
server.on('upgrade', (req, socket, head) => {
  console.log('upgrade', req.url, req.headers.upgrade, JSON.stringify(head.toString()));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', (d) => socket.end('echo:' + d));
});
server.on('connect', (req, socket, head) => {
  console.log('connect', req.url, JSON.stringify(head.toString()));
  socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel');
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  show('bad method', await raw(port, 'BLAH\r\n\r\n'));
  show('bad version', await raw(port, 'GET / HTTP/9.x\r\n\r\n'));
  show('431', await raw(port, R('GET / HTTP/1.1\nHost: x\nX-Big: ' + 'a'.repeat(2000) + '\n\n')));
  show('smuggling', await raw(port, R('POST / HTTP/1.1\nHost: x\nContent-Length: 3\nTransfer-Encoding: chunked\n\n0\n\n')));
  show('two lengths', await raw(port, R('POST / HTTP/1.1\nHost: x\nContent-Length: 3\nContent-Length: 4\n\nabcd')));
  show('bad chunk', await raw(port, R('POST / HTTP/1.1\nHost: x\nTransfer-Encoding: chunked\n\nzz\nabc\n')));
  show('space in header name', await raw(port, R('GET / HTTP/1.1\nHost: x\nBad Header: 1\n\n')));
  show('bare LF line ends', await raw(port, 'GET / HTTP/1.1\nHost: x\n\n'));
  show('bare LF after a value', await raw(port, 'GET / HTTP/1.1\r\nHost: x\nX: y\r\n\r\n'));
  show('good after bad', await raw(port, R('GET /fine HTTP/1.1\nHost: x\nConnection: close\n\n')));
  show('100-continue', await raw(port, [R('POST /c HTTP/1.1\nHost: x\nExpect: 100-continue\nContent-Length: 4\nConnection: close\n\n'), 'body']));
  show('upgrade', await raw(port, [R('GET /ws HTTP/1.1\nHost: x\nUpgrade: echo\nConnection: Upgrade\n\nextra'), 'more']));
  show('connect', await raw(port, R('CONNECT example.com:443 HTTP/1.1\nHost: example.com:443\n\nhello')));

  server.on('clientError', (err, socket) => {
    console.log('clientError', err.code, err.message, err.reason, typeof err.bytesParsed,
      JSON.stringify(err.rawPacket && err.rawPacket.toString()));
    socket.end('HTTP/1.1 400 Custom\r\n\r\n');
  });
  show('custom handler', await raw(port, R('GET / HTTP/1.1\nHost: x\nContent-Length: 1\nTransfer-Encoding: chunked\n\n')));
  show('custom handler bare LF', await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nX: y\n\r\n'));
  show('custom handler overflow', await raw(port, R('GET / HTTP/1.1\nX: ' + 'b'.repeat(1100) + '\n\n')).then((s) => s));

  const s2 = http.createServer((req, res) => res.end('continued ' + req.url));
  s2.on('checkContinue', (req, res) => {
    console.log('checkContinue', req.headers.expect);
    res.writeContinue();
    req.resume();
    req.on('end', () => res.end('checked'));
  });
  s2.listen(0, '127.0.0.1', async () => {
    show('checkContinue', await raw(s2.address().port,
      [R('PUT /x HTTP/1.1\nHost: x\nExpect: 100-continue\nContent-Length: 2\nConnection: close\n\n'), 'ok']));
    show('expectation failed', await raw(s2.address().port, R('GET /x HTTP/1.1\nHost: x\nExpect: nonsense\n\n')));
    s2.close();
    server.close(() => console.log('closed'));
  });
});
