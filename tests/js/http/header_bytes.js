// Header text with latin1 characters, byte for byte as node sends it: as
// latin1 when the program wrote the head (writeHead), when the head goes out
// alone, with a Buffer or latin1 body, or when Content-Disposition carries
// it; UTF-8 encoded (node's quirk) when end(text) sends a head made from
// setHeader() together with the body. On the
// receiving side, header names that Object.prototype has (constructor,
// toString) are plain headers, joined with their duplicates as usual.
'use strict';
const http = require('http');
const net = require('net');

const latin1 = Buffer.from('b\u00e5r').toString('latin1');
const cases = {
  asciiBody: (res) => { res.writeHead(200, ['content-disposition', latin1]); res.end('hello'); },
  setHeaderAsciiBody: (res) => { res.setHeader('x', latin1); res.end('hello'); },
  utf8Body: (res) => { res.setHeader('x', latin1); res.end('h\u00e9'); },
  noBody: (res) => { res.setHeader('x', latin1); res.end(); },
  withLength: (res) => { res.writeHead(200, ['Content-Length', '5', 'x', latin1]); res.end('hello'); },
  writeHeadUtf8Body: (res) => { res.writeHead(200, { x: latin1 }); res.end('h\u00e9'); },
  dispositionUtf8Body: (res) => { res.setHeader('Content-Disposition', latin1); res.end('h\u00e9'); },
  bufferBody: (res) => { res.setHeader('x', latin1); res.end(Buffer.from('hello')); },
  latin1Body: (res) => { res.setHeader('x', latin1); res.end('hello', 'latin1'); },
  echo: (res, req) => {
    console.log('constructor:', JSON.stringify(req.headers.constructor), 'tostring:', JSON.stringify(req.headers.tostring));
    res.end();
  },
};

const server = http.createServer((req, res) => cases[req.url.slice(1)](res, req));
server.listen(0, '127.0.0.1', async () => {
  for (const name of Object.keys(cases)) {
    await new Promise((resolve) => {
      const s = net.connect(server.address().port, '127.0.0.1', () => {
        s.end(`GET /${name} HTTP/1.1\r\nHost: x\r\nConstructor: a\r\nconstructor: b\r\nToString: c\r\nConnection: close\r\n\r\n`);
      });
      const bufs = [];
      s.on('data', (c) => bufs.push(c));
      s.on('close', () => {
        const text = Buffer.concat(bufs).toString('latin1').replace(/\r\nDate: [^\r]*/, '');
        console.log(name, JSON.stringify(text), Buffer.concat(bufs).length);
        resolve();
      });
    });
  }
  server.close();
});
