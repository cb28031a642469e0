// removeHeader() of a header node adds by itself keeps it out: Date (and
// sendDate turns false; a Date set later is sent), Connection, Content-Length
// (the body is then chunked) and Transfer-Encoding (the body goes unframed).
// A response that closes its connection (HTTP/1.0) has ended its socket by
// the time 'finish' is emitted.
'use strict';
const http = require('http');
const net = require('net');

const cases = {
  date: (res) => { res.removeHeader('Date'); console.log('  sendDate', res.sendDate); res.end(); },
  dateThenSet: (res) => { res.removeHeader('date'); res.setHeader('Date', 'yesterday'); res.end(); },
  connection: (res) => { res.removeHeader('Connection'); res.end('x'); },
  length: (res) => { res.removeHeader('Content-Length'); res.end('abc'); },
  chunking: (res) => { res.removeHeader('Transfer-Encoding'); res.write('a'); res.end('b'); },
  http10: (res, req) => {
    res.on('finish', () => console.log('  finish: socket.writableEnded', req.socket.writableEnded));
    res.end('old');
  },
};

const server = http.createServer((req, res) => cases[req.url.slice(1)](res, req));
server.listen(0, '127.0.0.1', async () => {
  for (const name of Object.keys(cases)) {
    console.log(name);
    await new Promise((resolve) => {
      const s = net.connect(server.address().port, '127.0.0.1', () => {
        s.write(`GET /${name} HTTP/1.${name === 'http10' ? 0 : 1}\r\nHost: x\r\n\r\n`);
      });
      let data = '';
      s.setEncoding('latin1');
      s.on('data', (c) => {
        data += c;
        setTimeout(() => s.destroy(), 50);
      });
      s.on('close', () => {
        console.log('  got', JSON.stringify(data.replace(/\r\nDate: [A-Z][a-z][a-z], [^\r]*/, '\r\nDate: <now>')));
        resolve();
      });
    });
  }
  server.close();
});
