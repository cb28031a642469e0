// Bodiless responses (HEAD) with Transfer-Encoding: chunked set by the
// program carry no last chunk, and a response whose last write is empty
// (flushHeaders() then end(), or a HEAD after write()) still lets the next
// pipelined response go out. The raw bytes are printed, Date removed.
'use strict';
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  if (req.url === '/flush') {
    res.setHeader('Content-Length', 0);
    res.flushHeaders();
    res.end();
    return;
  }
  res.setHeader('Transfer-Encoding', 'chunked');
  if (req.url === '/w') res.write('abc');
  res.end(req.url === '/e' ? 'xyz' : undefined);
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { got += d; });
  c.write('HEAD / HTTP/1.1\r\nHost: x\r\n\r\n' +
          'HEAD /w HTTP/1.1\r\nHost: x\r\n\r\n' +
          'GET /flush HTTP/1.1\r\nHost: x\r\n\r\n' +
          'HEAD /e HTTP/1.1\r\nHost: x\r\n\r\n' +
          'GET /e HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  const timer = setTimeout(() => {
    console.log('stalled after:', JSON.stringify(got.replace(/Date: [^\r]*\r\n/g, '')));
    process.exit(1);
  }, 5000);
  c.on('end', () => {
    clearTimeout(timer);
    for (const line of got.replace(/Date: [^\r]*\r\n/g, '').split('\r\n')) console.log(JSON.stringify(line));
    server.close();
  });
});
