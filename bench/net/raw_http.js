'use strict';
// A keep-alive "HTTP" responder on raw net (one fixed response per request
// head seen, no parsing): the cost of the net layer per request, for wrk.
const net = require('net');
const res = Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 12\r\nContent-Type: text/plain\r\n\r\nHello World\n');
const port = Number(process.env.PORT || 0);
const server = net.createServer((sock) => {
  sock.on('data', (d) => {
    let n = 0;
    for (let i = d.indexOf('\r\n\r\n'); i !== -1; i = d.indexOf('\r\n\r\n', i + 4)) n++;
    for (let i = 0; i < n; i++) sock.write(res);
  });
  sock.on('error', () => {});
});
server.listen(port, '127.0.0.1', () => console.log(server.address().port));
