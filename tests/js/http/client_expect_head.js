// A request with an Expect header (as an object or in an array) sends its
// head as soon as it has a socket, so the server can answer 100 Continue
// before any body; headers given as an array otherwise wait for the first
// write or end(). Write and end callbacks run in order on both sides.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => {
  console.log('server request', req.url, req.headers.expect, req.headers['transfer-encoding']);
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (d) => body += d);
  req.on('end', () => {
    console.log('server body', JSON.stringify(body));
    res.write('asdf', (e) => {
      console.log('server write cb', e);
      res.end(Buffer.from('bar'), (e2) => console.log('server end cb', e2));
    });
  });
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const cases = [
    ['/array', ['Host', 'x']],
    ['/expect', { expect: '100-continue' }],
    ['/array-expect', ['Host', 'x', 'Expect', '100-continue']],
  ];
  for (const [path, headers] of cases) {
    await new Promise((resolve) => {
      const req = http.request({ port, host: '127.0.0.1', path, method: 'PUT', headers, agent: false }, (res) => {
        let b = '';
        res.on('data', (d) => b += d);
        res.on('end', () => {
          console.log(path, 'response', res.statusCode, b);
          resolve();
        });
      });
      console.log(path, 'headersSent', req.headersSent);
      const send = () => {
        req.write('YmF6', 'base64', (e) => {
          console.log(path, 'write cb', e);
          req.end('626c657267', 'hex', (e2) => console.log(path, 'end cb', e2));
        });
      };
      req.on('continue', () => {
        console.log(path, 'continue');
        send();
      });
      // Without Expect nothing is sent before the body: the server sees
      // the request only after this.
      if (path === '/array') {
        setTimeout(() => {
          console.log(path, 'sending');
          send();
        }, 50);
      }
    });
  }
  server.close();
});
