// A client request's maxHeadersCount limits the response headers it keeps
// (rawHeaders and headers), as the server's does for requests.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => {
  const h = {};
  for (let i = 0; i < 30; i++) h['x-h' + i] = String(i);
  res.writeHead(200, h);
  res.end();
});
server.listen(0, '127.0.0.1', async () => {
  for (const max of [null, 5, 0]) {
    await new Promise((resolve) => {
      const req = http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
        console.log('maxHeadersCount', max, 'raw pairs', res.rawHeaders.length / 2, 'keys', Object.keys(res.headers).length);
        res.resume();
        res.on('end', resolve);
      });
      req.maxHeadersCount = max;
    });
  }
  server.close();
});
