'use strict';
// An agent with a finite maxSockets (no keepAlive) keeps a connection open
// for the requests queued behind it and hands it over ('free', reusedSocket
// false); one without a limit closes each connection. A socket destroyed
// by the caller is replaced by a new one, which also reaches the queue
// through 'free'.
const http = require('http');

const server = http.createServer((q, s) => s.end(q.url));
server.listen(0, async () => {
  const port = server.address().port;
  const ids = new Map();
  const id = (s) => {
    if (!ids.has(s)) ids.set(s, ids.size + 1);
    return ids.get(s);
  };
  const get = (agent, path, onEnd) => new Promise((resolve) => {
    const req = http.get({ port, agent, path }, (res) => {
      const s = res.socket;
      console.log(path, 'socket', id(s), 'shouldKeepAlive', req.shouldKeepAlive, 'reusedSocket', req.reusedSocket);
      res.resume();
      res.on('end', () => {
        if (onEnd) onEnd(s);
        resolve();
      });
    });
  });

  {
    const agent = new http.Agent({ maxSockets: 1 });
    agent.on('free', (s) => console.log('free', id(s), 'destroyed', s.destroyed));
    await Promise.all([get(agent, '/a'), get(agent, '/b')]);
    await new Promise((r) => setTimeout(r, 20));
    console.log('left: sockets', Object.keys(agent.sockets).length, 'free', Object.keys(agent.freeSockets).length);
  }
  {
    const agent = new http.Agent();
    agent.on('free', () => console.log('unlimited agent free'));
    await get(agent, '/unlimited');
  }
  {
    const agent = new http.Agent({ maxSockets: 1 });
    agent.on('free', (s) => console.log('free', id(s), 'destroyed', s.destroyed));
    await Promise.all([get(agent, '/c', (s) => s.destroy()), get(agent, '/d')]);
    await new Promise((r) => setTimeout(r, 20));
    console.log('left: sockets', Object.keys(agent.sockets).length, 'requests', Object.keys(agent.requests).length);
  }
  // A response that ends before its request is sent: the socket is handed
  // on only once the request has finished.
  {
    const agent = new http.Agent({ maxSockets: 1, keepAlive: true });
    const post = http.request({ agent, port, method: 'POST', path: '/post' }, (res) => {
      console.log('/post response', res.statusCode, 'request finished:', post.writableFinished);
      res.resume();
    });
    post.write(Buffer.alloc(16 * 1024, 'X'));
    setTimeout(() => post.end('more'), 50);
    post.on('finish', () => console.log('/post finished'));
    await get(agent, '/after-post');
    agent.destroy();
  }
  server.close();
});
