// setDefaultHeaders: false sends only the headers the program set (no Host
// unless setHost is true, no Connection or Content-Length); headers given
// as an array are the head at once, in their order, and later setHeader
// throws ERR_HTTP_HEADERS_SENT.
'use strict';
const http = require('http');

const server = http.createServer({ requireHostHeader: false }, (req, res) => {
  const raw = req.rawHeaders.map((h) => /^\d+\.\d+\.\d+\.\d+:\d+$/.test(h) ? 'ADDR' : h);
  console.log('server', req.url, JSON.stringify(raw));
  req.resume();
  req.on('end', () => res.end('ok'));
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const go = (path, opts, fn) => new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', path, method: 'POST', agent: false, ...opts }, (res) => {
      console.log('client', path, res.statusCode);
      res.resume();
      res.on('end', resolve);
    });
    try {
      if (fn) fn(req);
    } catch (e) {
      console.log(path, 'threw', e.code);
    }
    const headers = JSON.stringify(req.getHeaders()).replace(/\d+\.\d+\.\d+\.\d+:\d+/, 'ADDR');
    console.log(path, 'headersSent', req.headersSent, headers);
    req.end();
  });
  await go('/array', { headers: ['X-A', '1', 'x-b', '2', 'X-A', '3'] }, (r) => r.setHeader('late', 'v'));
  await go('/pairs', { headers: [['X-A', '1'], ['x-b', '2']] });
  await go('/array-nodefault', { headers: ['X-A', '1', 'x-b', '2', 'X-A', '3'], setDefaultHeaders: false });
  await go('/nodefault', { setDefaultHeaders: false }, (r) => {
    r.setHeader('X-C', 'c');
    r.setHeader('foo', ['bar', 'baz']);
    r.setHeader('connection', 'close');
  });
  await go('/nodefault-sethost', { setDefaultHeaders: false, setHost: true });
  await go('/nodefault-auth', { setDefaultHeaders: false, auth: 'a:b' });
  await go('/obj-nodefault', { setDefaultHeaders: false, headers: { 'X-O': '1', Host: 'h' } });
  await go('/sethost-0', { setHost: 0, headers: { 'X-O': '1' } });
  await go('/defaults-not-boolean', { setDefaultHeaders: 0 });
  server.close();
});
