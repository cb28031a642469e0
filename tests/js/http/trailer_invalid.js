// A Trailer header needs a chunked body: writeHead throws
// ERR_HTTP_TRAILER_INVALID (and sends nothing) when the body has a
// Content-Length or no body at all (HEAD).
'use strict';
const http = require('http');

const server = http.createServer((req, res) => {
  res.setHeader('Trailer', 'baz');
  if (req.url === '/length') {
    try {
      res.writeHead(200, { 'Content-Length': '2' });
      console.log('no throw');
    } catch (e) {
      console.log(req.method, e.code, e.name, e.message, 'headersSent', res.headersSent);
    }
    res.removeHeader('Trailer');
    res.end('ok');
  } else {
    try {
      res.writeHead(200);
      console.log(req.method, 'writeHead ok, chunked', res.chunkedEncoding);
    } catch (e) {
      console.log(req.method, e.code);
      res.removeHeader('Trailer');
    }
    res.end();
  }
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const get = (path, method) => new Promise((resolve) => {
    http.request({ port, host: '127.0.0.1', path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => body += d);
      res.on('end', () => {
        console.log(method, path, res.statusCode, res.headers['content-length'],
                    res.headers['transfer-encoding'], res.headers.trailer, JSON.stringify(body));
        resolve();
      });
    }).end();
  });
  await get('/length', 'GET');
  await get('/none', 'HEAD');
  await get('/none', 'GET');
  server.close();
});
