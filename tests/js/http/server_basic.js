// Server over TCP: request fields, header folding, request bodies (length
// and chunked with trailers), response framing (Content-Length, chunked,
// trailers, HEAD, 204, 304, HTTP/1.0), writeHead forms, pipelining order.
'use strict';
const http = require('http');
const { raw, show } = require('./helpers/raw');

const server = http.createServer((req, res) => {
  const u = req.url;
  if (u === '/info') {
    console.log(req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor);
    console.log(req.headers);
    console.log(req.rawHeaders);
    console.log(req.headersDistinct);
    console.log(req.complete, req.aborted, req.upgrade, req.socket === res.socket);
    res.end('ok');
    return;
  }
  if (u === '/echo') {
    const parts = [];
    req.on('data', (c) => parts.push(c));
    req.on('end', () => {
      console.log('body', Buffer.concat(parts).toString(), req.trailers, req.rawTrailers, req.complete);
      res.end('len=' + Buffer.concat(parts).length);
    });
    return;
  }
  if (u === '/chunked') {
    res.write('abc');
    setTimeout(() => {
      res.addTrailers({ 'X-Trailer': 'yes' });
      res.end('de');
    }, 10);
    return;
  }
  if (u === '/head') { res.setHeader('x-y', ['1', '2']); res.end('body'); return; }
  if (u === '/204') { res.statusCode = 204; res.end(); return; }
  if (u === '/304') { res.writeHead(304, { ETag: '"a"' }); res.end(); return; }
  if (u === '/writehead') {
    res.setHeader('X-Before', 'b');
    res.writeHead(201, 'Made It', { 'Content-Type': 'text/x', 'X-Before': 'over' });
    res.end('made');
    return;
  }
  if (u === '/array') { res.writeHead(200, ['X-A', '1', 'X-A', '2', 'Content-Length', '2']); res.end('ar'); return; }
  if (u === '/len') { res.setHeader('Content-Length', 5); res.write('abc'); res.end('de'); return; }
  if (u === '/buf') { res.end(Buffer.from('buffer body')); return; }
  if (u === '/utf8') { res.end('caf\u00e9 \u20ac'); return; }
  if (u === '/latin1-end') { res.setHeader('X-L', 'caf\u00e9'); res.end('\u20ac'); return; }
  if (u === '/latin1-write') { res.setHeader('X-L', 'caf\u00e9'); res.write('\u20ac'); res.end(); return; }
  if (u.startsWith('/slow')) {
    setTimeout(() => res.end('slow ' + u), 30);
    return;
  }
  if (u.startsWith('/fast')) { res.end('fast ' + u); return; }
  res.statusCode = 404;
  res.end('nope');
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const R = (s) => s.replace(/\n/g, '\r\n');
  show('info', await raw(port, R('GET /info HTTP/1.1\nHost: x\nSet-Cookie: a\nset-cookie: b\nX-A: 1\nx-a: 2\n' +
    'Content-Type: t1\ncontent-type: t2\nCookie: c1\nCookie: c2\nUser-Agent: u1\nUser-Agent: u2\nConnection: close\n\n')));
  show('echo length', await raw(port, R('POST /echo HTTP/1.1\nHost: x\nContent-Length: 5\nConnection: close\n\nhello')));
  show('echo chunked', await raw(port, [R('POST /echo HTTP/1.1\nHost: x\nTransfer-Encoding: chunked\nConnection: close\n\n3\nabc\n'),
    R('2\nde\n0\nX-T: 5\nx-t: 6\n\n')]));
  show('chunked', await raw(port, R('GET /chunked HTTP/1.1\nHost: x\nConnection: close\n\n')));
  show('head', await raw(port, R('HEAD /head HTTP/1.1\nHost: x\nConnection: close\n\n')));
  show('204', await raw(port, R('GET /204 HTTP/1.1\nHost: x\nConnection: close\n\n')));
  show('304', await raw(port, R('GET /304 HTTP/1.1\nHost: x\nConnection: close\n\n')));
  show('writehead', await raw(port, R('GET /writehead HTTP/1.1\nHost: x\nConnection: close\n\n')));
  show('array', await raw(port, R('GET /array HTTP/1.1\nHost: x\nConnection: close\n\n')));
  show('len', await raw(port, R('GET /len HTTP/1.1\nHost: x\nConnection: close\n\n')));
  show('buf', await raw(port, R('GET /buf HTTP/1.1\nHost: x\nConnection: close\n\n')));
  show('utf8', await raw(port, R('GET /utf8 HTTP/1.1\nHost: x\nConnection: close\n\n')));
  show('latin1 header, end', await raw(port, R('GET /latin1-end HTTP/1.1\nHost: x\nConnection: close\n\n')));
  show('latin1 header, write', await raw(port, R('GET /latin1-write HTTP/1.1\nHost: x\nConnection: close\n\n')));
  show('http/1.0', await raw(port, R('GET /fast HTTP/1.0\n\n')));
  show('no host', await raw(port, R('GET /fast HTTP/1.1\n\n')));
  show('404 keep-alive then close', await raw(port, R('GET /x HTTP/1.1\nHost: x\n\nGET /fast HTTP/1.1\nHost: x\nConnection: close\n\n')));
  show('pipelined', await raw(port, R('GET /slow1 HTTP/1.1\nHost: x\n\nGET /fast2 HTTP/1.1\nHost: x\n\n' +
    'GET /slow3 HTTP/1.1\nHost: x\n\nGET /fast4 HTTP/1.1\nHost: x\nConnection: close\n\n')));
  server.close(() => console.log('closed'));
});
