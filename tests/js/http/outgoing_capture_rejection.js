// With events.captureRejections, an async 'drain' listener that throws
// destroys the message with its error: a request emits it as 'error', a
// response hands it to its socket.
'use strict';
const events = require('events');
const http = require('http');

events.captureRejections = true;

const server = http.createServer((req, res) => {
  if (req.url === '/req') return;  // no answer: the request fails first
  const err = new Error('response kaboom');
  res.on('drain', async () => {
    throw err;
  });
  res.socket.on('error', (e) => {
    console.log('server socket error is the thrown one:', e === err, e.message);
  });
  res.writeHead(200, { Connection: 'close' });
  while (res.write('hello'));
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get({ port, host: '127.0.0.1', path: '/res' }, (res) => {
    res.on('aborted', () => console.log('client response aborted'));
    res.on('error', (e) => console.log('client response error', e.code));
    res.on('close', () => {
      const err = new Error('request kaboom');
      const req2 = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/req' });
      req2.on('response', () => console.log('unexpected response'));
      req2.on('error', (e) => {
        console.log('request error is the thrown one:', e === err, e.message);
        server.close();
        server.closeAllConnections();
      });
      req2.on('drain', async () => {
        throw err;
      });
      let n = 0;
      while (req2.write('hello')) n++;
      console.log('request writes before false', n > 0);
    });
    res.resume();
  });
  req.on('error', (e) => console.log('client request error', e.message));
});
