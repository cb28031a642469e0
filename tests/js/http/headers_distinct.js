// IncomingMessage._addHeaderLine/_addHeaderLineDistinct fold one header line
// as node does (first wins, joined lists, cookies, set-cookie arrays), and
// headersDistinct/trailersDistinct have no prototype while headers do.
'use strict';
const http = require('http');
const net = require('net');

const { IncomingMessage } = http;
const m = new IncomingMessage(null);
const dest = {};
const lines = [
  ['Content-Type', 'a'], ['content-type', 'b'], ['Cookie', 'x=1'], ['cookie', 'y=2'],
  ['Set-Cookie', 's1'], ['set-cookie', 's2'], ['Accept', 'p'], ['accept', 'q'],
  ['Host', 'h1'], ['host', 'h2'], ['constructor', 'c'], ['X-Undef', undefined],
];
for (const [k, v] of lines) m._addHeaderLine(k, v, dest);
console.log(JSON.stringify(dest), Object.getPrototypeOf(dest) === Object.prototype);
const joined = new IncomingMessage(null);
joined.joinDuplicateHeaders = true;
const d2 = {};
joined._addHeaderLine('Host', 'h1', d2);
joined._addHeaderLine('host', 'h2', d2);
console.log(JSON.stringify(d2));
const dd = {};
m._addHeaderLineDistinct('X-A', '1', dd);
m._addHeaderLineDistinct('x-a', '2', dd);
m._addHeaderLineDistinct('toString', '3', dd);
console.log(JSON.stringify(dd));

const server = http.createServer((req, res) => {
  const hd = req.headersDistinct;
  console.log('protos', Object.getPrototypeOf(hd), Object.getPrototypeOf(req.headers) === Object.prototype);
  console.log(JSON.stringify(hd));
  req.resume();
  req.on('end', () => {
    const td = req.trailersDistinct;
    console.log('protos', Object.getPrototypeOf(td), Object.getPrototypeOf(req.trailers) === Object.prototype);
    console.log(JSON.stringify(td));
    res.end('ok');
  });
});
server.listen(0, () => {
  const sock = net.connect(server.address().port, () => {
    sock.end('POST / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\nx-a: 2\r\nConstructor: k\r\nTransfer-Encoding: chunked\r\n\r\n' +
      '1\r\nz\r\n0\r\nX-T: 1\r\nx-t: 2\r\n\r\n');
  });
  sock.resume();
  sock.on('close', () => server.close());
});
