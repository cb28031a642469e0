// A few thousand random, mutated and truncated requests over a few hundred
// connections; the server must stay up, answer only with valid status
// lines, and then serve a normal request.
'use strict';
const http = require('http');
const net = require('net');

// Deterministic pseudo-random numbers (xorshift32).
let seed = 0x2545f491;
function rnd(n) {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
}

const templates = [
  'GET /path?q=1 HTTP/1.1\r\nHost: x\r\nUser-Agent: fuzz\r\n\r\n',
  'POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello',
  'POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n',
  'GET / HTTP/1.0\r\n\r\n',
  'PUT /x HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok',
];
const junk = ['\r', '\n', '\r\n', ' ', ':', '\0', '\x7f', '\xff', 'Transfer-Encoding: chunked\r\n',
  'Content-Length: 99999999999999999999\r\n', 'Content-Length: -1\r\n', 'A'.repeat(300), 'HTTP/1.1', '0\r\n\r\n'];

function mutate(s) {
  const ops = 1 + rnd(4);
  for (let i = 0; i < ops; i++) {
    const at = rnd(s.length + 1);
    switch (rnd(5)) {
      case 0: s = s.slice(0, at); break;
      case 1: s = s.slice(0, at) + junk[rnd(junk.length)] + s.slice(at); break;
      case 2: s = s.slice(0, at) + String.fromCharCode(rnd(256)) + s.slice(at + 1); break;
      case 3: s = s.slice(0, at) + s.slice(at + 1 + rnd(5)); break;
      default: s = s + templates[rnd(templates.length)]; break;
    }
  }
  return s;
}

let requests = 0;
const server = http.createServer({ headersTimeout: 1000, requestTimeout: 2000 }, (req, res) => {
  requests++;
  req.on('error', () => {});
  req.resume();
  req.on('end', () => res.end('ok'));
});

const kConns = 300;
const kPerConn = 10;
let bad = 0;

function oneConnection(port) {
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    let got = '';
    sock.setEncoding('latin1');
    sock.on('data', (d) => { got += d; });
    sock.on('error', () => {});
    sock.on('connect', () => {
      let payload = '';
      for (let i = 0; i < kPerConn; i++) payload += mutate(templates[rnd(templates.length)]);
      sock.end(payload, 'latin1');
    });
    const timer = setTimeout(() => sock.destroy(), 1000);
    sock.on('close', () => {
      clearTimeout(timer);
      // Everything the server said must be made of well-formed status lines.
      const lines = got.split('\r\n').filter((l) => l.startsWith('HTTP/'));
      for (const l of lines) if (!/^HTTP\/1\.1 \d{3} [A-Za-z -]+$/.test(l)) bad++;
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (let i = 0; i < kConns; i += 20) {
    const batch = [];
    for (let j = 0; j < 20; j++) batch.push(oneConnection(port));
    await Promise.all(batch);
  }
  console.log('fuzzed', kConns * kPerConn, 'requests; malformed status lines:', bad, 'some served:', requests > 0);
  http.get({ port, host: '127.0.0.1', path: '/after', agent: false }, (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('normal request after fuzzing:', res.statusCode, body);
      server.close(() => console.log('closed'));
    });
  });
});
