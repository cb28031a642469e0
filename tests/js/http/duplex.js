// A server fed through server.emit('connection', duplex) with an in-memory
// Duplex: pipelined requests answered in order, a request body split over
// many pushes, Expect: 100-continue, and a malformed request closing the
// connection with 400.
'use strict';
const http = require('http');
const { duplexPair, show } = require('./helpers/raw');

const server = http.createServer((req, res) => {
  if (req.url.startsWith('/slow')) {
    setTimeout(() => res.end('slow ' + req.url), 20);
    return;
  }
  let n = 0;
  req.on('data', (c) => { n += c.length; });
  req.on('end', () => res.end(`${req.method} ${req.url} ${n}`));
});

const R = (s) => s.replace(/\n/g, '\r\n');
const a = duplexPair();
server.emit('connection', a);
a.push(R('GET /slow1 HTTP/1.1\nHost: x\n\nGET /fast2 HTTP/1.1\nHost: x\n\nGET /slow3 HTTP/1.1\nHost: x\n\n'));

const b = duplexPair();
server.emit('connection', b);
const body = 'x'.repeat(1000);
b.push(R('POST /split HTTP/1.1\nHost: x\nContent-Length: 1000\n\n'));
for (let i = 0; i < 1000; i += 100) b.push(body.slice(i, i + 100));

const c = duplexPair();
server.emit('connection', c);
c.push(R('PUT /cont HTTP/1.1\nHost: x\nExpect: 100-continue\nContent-Length: 3\n\n'));
setTimeout(() => c.push('abc'), 10);

const d = duplexPair();
server.emit('connection', d);
d.push('NOT HTTP AT ALL\r\n\r\n');

setTimeout(() => {
  show('pipelined', a.text());
  show('split body', b.text());
  show('100-continue', c.text());
  show('malformed', d.text());
  console.log('malformed destroyed', d.destroyed);
}, 200);
