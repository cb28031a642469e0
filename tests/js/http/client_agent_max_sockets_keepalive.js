// A request through an agent without keepAlive asks for keep-alive when the
// agent limits its sockets (maxSockets): a waiting request then gets the
// socket; an idle one is still closed.
'use strict';
const http = require('http');

let last = null;
const server = http.createServer((req, res) => {
  console.log('server', req.url, req.headers.connection, 'same socket', req.socket === last);
  last = req.socket;
  res.end('x');
});

function get(port, agent, name) {
  return new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', agent, path: '/' + name }, (res) => {
      console.log('client', name, 'shouldKeepAlive', req.shouldKeepAlive, 'response', res.headers.connection);
      res.resume();
      res.on('end', () => setTimeout(resolve, 20));
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const [name, agent] of [['max1', new http.Agent({ maxSockets: 1 })], ['plain', new http.Agent()]]) {
    await get(port, agent, name + '-a');
    await get(port, agent, name + '-b');
    last = null;
    // Two at once: with maxSockets 1 the second waits for the first's socket.
    // (Without a limit the two race on two sockets.)
    if (name === 'max1') await Promise.all([get(port, agent, name + '-c'), get(port, agent, name + '-d')]);
    agent.destroy();
    last = null;
  }
  server.close();
});
