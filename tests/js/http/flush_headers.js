// flushHeaders sends the head at once (chunked, since no length is known yet);
// headers are then frozen.
'use strict';
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('X-A', '1');
  console.log('before', res.headersSent);
  res.flushHeaders();
  console.log('after', res.headersSent);
  try { res.setHeader('X-B', '2'); } catch (e) { console.log(e.code, e.message); }
  setTimeout(() => res.end('late body'), 20);
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    console.log('response', res.statusCode, res.headers['x-a'], res.headers['transfer-encoding']);
    let b = ''; res.on('data', (d) => b += d); res.on('end', () => { console.log('body', b); server.close(); });
  });
});
