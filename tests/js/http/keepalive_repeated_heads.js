// Requests on one keep-alive connection that repeat, change, move and
// lengthen their URL and header values: each request must see its own
// (jolt reuses the JS strings of the previous head when the bytes match).
'use strict';
const http = require('http');
const net = require('net');

const seen = [];
const server = http.createServer((req, res) => {
  seen.push([req.url, req.headers.host, req.headers['x-a'], req.rawHeaders.join('|')]);
  res.end('ok');
});

const long = 'v'.repeat(300);
const many = Array.from({ length: 10 }, (_, i) => `X-${i}: ${i}\r\n`).join('');
const manyChanged = Array.from({ length: 10 }, (_, i) => `X-${i}: ${i === 8 ? 'eight' : i}\r\n`).join('');
const requests = [
  'GET /a HTTP/1.1\r\nHost: h1\r\nX-A: 1\r\n\r\n',
  'GET /a HTTP/1.1\r\nHost: h1\r\nX-A: 1\r\n\r\n',
  'GET /b HTTP/1.1\r\nHost: h2\r\nX-A: 1\r\n\r\n',
  'GET /b HTTP/1.1\r\nX-A: 2\r\nHost: h2\r\n\r\n',
  'GET /' + 'x'.repeat(300) + ' HTTP/1.1\r\nHost: h3\r\n\r\n',
  'GET /' + 'x'.repeat(300) + ' HTTP/1.1\r\nHost: h3\r\n\r\n',
  `GET /a HTTP/1.1\r\nHost: h1\r\nX-A: ${long}\r\n\r\n`,
  `GET /a HTTP/1.1\r\nHost: h1\r\nX-A: ${long}!\r\n\r\n`,
  `GET /m HTTP/1.1\r\nHost: h4\r\n${many}\r\n`,
  `GET /m HTTP/1.1\r\nHost: h4\r\n${manyChanged}\r\n`,
  'GET /a HTTP/1.1\r\nHost: h1\r\nX-A: 1\r\n\r\n',
  'GET /a HTTP/1.1\r\nHost: \r\nX-A: \r\n\r\n',
];

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  let got = '';
  c.setEncoding('latin1');
  c.on('data', (d) => {
    got += d;
    if ((got.match(/\r\n\r\nok/g) || []).length !== sent) return;
    if (sent < requests.length) {
      c.write(requests[sent++]);
      return;
    }
    c.end();
    server.close();
    for (const [url, host, xa, raw] of seen) {
      console.log(url.length > 20 ? url.slice(0, 10) + '...' + url.length : url,
                  JSON.stringify(host), xa === undefined ? '-' : xa.length > 20 ? xa.slice(-3) + ' ' + xa.length : xa,
                  raw.length > 80 ? raw.slice(0, 40) + '...' + raw.slice(-20) : raw);
    }
  });
  c.write(requests[sent++]);
});
