// A 204 or 304 whose program sets Transfer-Encoding: chunked is sent with
// Connection: close (and no last chunk), and the server closes the
// connection; other bodiless responses keep it.
'use strict';
const http = require('http');
const net = require('net');

const cases = [
  [304, { 'Transfer-Encoding': 'chunked' }, 'GET'],
  [204, { 'Transfer-Encoding': 'chunked' }, 'GET'],
  [304, { 'Transfer-Encoding': 'gzip' }, 'GET'],
  [200, { 'Transfer-Encoding': 'chunked' }, 'HEAD'],
  [304, {}, 'GET'],
];

function run(i) {
  if (i === cases.length) return;
  const [code, headers, method] = cases[i];
  const server = http.createServer((req, res) => {
    res.writeHead(code, headers);
    res.end();
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.createConnection(server.address().port, '127.0.0.1', () => {
      c.write(method + ' / HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    let r = '';
    let printed = false;
    c.setEncoding('utf8');
    const done = (how) => {
      if (printed) return;
      printed = true;
      console.log(code, method, JSON.stringify(r.replace(/Date: .*\r\n/, '')), how);
      c.destroy();
      server.close(() => run(i + 1));
    };
    c.on('data', (d) => {
      r += d;
      // A response that keeps the connection: done once its head is in.
      if (/\r\n\r\n$/.test(r) && !/Connection: close/.test(r)) done('kept open');
    });
    c.on('end', () => done('closed by server'));
  });
}
run(0);
