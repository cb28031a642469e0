// uniqueHeaders (server and request option): several values of a listed
// header go out as one line joined with '; ' (trailers too); addTrailers()
// replaces the previous call's trailers and sends array values as separate
// lines; a Trailer header makes the body chunked even when its length is
// known.
'use strict';
const http = require('http');
const net = require('net');
try { http.createServer({ uniqueHeaders: 'x' }); console.log('server str ok'); } catch (e) { console.log('server str', e.code, e.message); }
try { http.request({ uniqueHeaders: 5, port: 1 }).on('error', () => {}); console.log('req num ok'); } catch (e) { console.log('req num', e.code, e.message); }
const server = http.createServer({ uniqueHeaders: ['X-Res-B'] }, (req, res) => {
  console.log('req raw', JSON.stringify(req.rawHeaders.slice(0, 6)), Object.getPrototypeOf(req.headersDistinct) === Object.prototype);
  res.setHeader('x-res-b', ['D', 'E']);
  res.setHeader('x-res-c', ['F', 'G']);
  res.writeHead(200, { 'x-res-d': ['J', 'K'] });
  res.addTrailers({ 'x-res-b': ['T1', 'T2'] });
  res.end('ok');
});
server.listen(0, () => {
  const r = http.request({ port: server.address().port, headers: { 'X-Req-B': ['c', 'd'], 'x-req-c': ['e', 'f'] }, uniqueHeaders: ['x-req-b'] }, (res) => {
    console.log('res raw', JSON.stringify(res.rawHeaders.filter((_, i) => i < 8 && res.rawHeaders[i & ~1] !== 'Date')));
    res.resume(); res.on('end', () => { console.log('trailers', JSON.stringify(res.rawTrailers)); server.close(); next(); });
  });
  r.end();
});

function next() {
const framing = {
    trailerHeader: (res) => { res.setHeader('Trailer', 'x-foo'); res.end('abc'); },
    addTrailersOnly: (res) => { res.addTrailers({ 'x-foo': '1' }); res.end('abc'); },
    both: (res) => { res.setHeader('Trailer', 'x-foo'); res.addTrailers({ 'x-foo': '1' }); res.end('abc'); },
    withLength: (res) => { res.setHeader('Content-Length', '3'); res.addTrailers({ 'x-foo': '1' }); res.end('abc'); },
    trailerWriteHead: (res) => { res.writeHead(200, { Trailer: 'x-foo' }); res.end('abc'); },
  };
  const server2 = http.createServer((req, res) => framing[req.url.slice(1)](res));
  server2.listen(0, async () => {
    for (const k of Object.keys(framing)) {
      await new Promise((resolve) => {
        const s = net.connect(server2.address().port, () => s.end(`GET /${k} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
        let d = ''; s.on('data', (c) => d += c); s.on('close', () => { console.log(k, JSON.stringify(d.replace(/\r\nDate: [^\r]*/g, ''))); resolve(); });
      });
    }
    server2.close(trailerCalls);
  });

}
function trailerCalls() {
const server3 = http.createServer((req, res) => { res.addTrailers({ 'x-t': ['T1', 'T2'], 'x-u': 'U' }); res.addTrailers([['x-v', ['V1', 'V2']]]); res.write('a'); res.end(); });
  server3.listen(0, () => http.get({ port: server3.address().port }, (res) => { res.resume(); res.on('end', () => { console.log(JSON.stringify(res.rawTrailers)); server3.close(); }); }));

}
