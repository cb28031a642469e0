'use strict';
// req.shouldKeepAlive after the response: the server's version and
// Connection header decide; and a response is not destroyed in its 'end'
// listeners, only when it closes.
const http = require('http');
const net = require('net');

const responses = [
  'HTTP/1.0 200 ok\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.0 200 ok\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n',
  'HTTP/1.0 200 ok\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
  'HTTP/1.1 200 ok\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200 ok\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n',
  'HTTP/1.1 200 ok\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
];
let i = 0;
const server = net.createServer((socket) => {
  socket.resume();
  socket.end(responses[i]);
});

server.listen(0, async () => {
  const port = server.address().port;
  for (; i < responses.length; i++) {
    for (const agent of [new http.Agent({ keepAlive: true }), new http.Agent()]) {
      await new Promise((resolve) => {
        const req = http.get({ port, agent }, (res) => {
          console.log(JSON.stringify(responses[i].split('\r\n').slice(0, 3).join(' | ')),
                      'keepAlive agent:', agent.keepAlive, 'shouldKeepAlive:', req.shouldKeepAlive);
          res.on('end', () => console.log('  end: res.destroyed', res.destroyed));
          res.on('close', () => {
            console.log('  close: res.destroyed', res.destroyed);
            agent.destroy();
            resolve();
          });
          res.resume();
        });
      });
    }
  }
  server.close();
});
