'use strict';
// A keep-alive agent with maxSockets 1: a response that ends before its
// request is sent hands the socket to the queued request only once the
// request has finished.
const http = require('http');

const server = http.createServer((q, s) => s.end(q.url));
server.listen(0, () => {
  const port = server.address().port;
  const agent = new http.Agent({ maxSockets: 1, keepAlive: true });
  let first;
  const post = http.request({ agent, port, method: 'POST', path: '/post' }, (res) => {
    first = res.socket;
    console.log('/post response', res.statusCode, 'request finished:', post.writableFinished);
    res.resume();
  });
  post.write(Buffer.alloc(16 * 1024, 'X'));
  setTimeout(() => post.end('more'), 50);
  post.on('finish', () => console.log('/post finished'));
  const next = http.get({ agent, port, path: '/after-post' }, (res) => {
    console.log('/after-post response', res.statusCode, 'same socket:', res.socket === first,
                'reusedSocket:', next.reusedSocket);
    res.resume();
    res.on('end', () => {
      agent.destroy();
      server.close();
    });
  });
});
