// writeHead()'s header arguments as node takes them: a flat list after
// setHeader() replaces a name's earlier value with its first pair (moving it
// last) and adds its further pairs; an odd-length list throws
// ERR_INVALID_ARG_VALUE; a null or undefined reason lets the third argument
// be the headers; an object overrides what setHeader() set.
'use strict';
const http = require('http');
const net = require('net');

const cases = {
  flat: (res) => {
    res.setHeader('a', '0');
    res.setHeader('c', '9');
    res.writeHead(200, ['A', '1', 'a', '2', 'b', '3']);
    console.log('flat: getHeader(a) =', res.getHeader('a'), 'names =', res.getHeaderNames());
    res.end();
  },
  odd: (res) => {
    res.setHeader('a', '0');
    try {
      res.writeHead(200, ['x', '1', 'y']);
    } catch (e) {
      console.log('odd:', e.code, e.name, e.message);
    }
    console.log('odd: headersSent', res.headersSent);
    res.end();
  },
  undefinedReason: (res) => { res.writeHead(200, undefined, ['foo', 'bar']); res.end(); },
  nullReason: (res) => { res.writeHead(201, null, { q: '1' }); res.end(); },
  object: (res) => {
    res.setHeader('x', '0');
    res.writeHead(200, { X: ['1', '2'], y: 3 });
    console.log('object: getHeader(x) =', res.getHeader('x'));
    res.end('z');
  },
};

const server = http.createServer((req, res) => cases[req.url.slice(1)](res));
server.listen(0, '127.0.0.1', async () => {
  for (const name of Object.keys(cases)) {
    await new Promise((resolve) => {
      const s = net.connect(server.address().port, '127.0.0.1', () => {
        s.end(`GET /${name} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      });
      let data = '';
      s.setEncoding('latin1');
      s.on('data', (c) => { data += c; });
      s.on('close', () => {
        console.log(name, JSON.stringify(data.replace(/\r\nDate: [^\r]*/, '')));
        resolve();
      });
    });
  }
  server.close();
});
