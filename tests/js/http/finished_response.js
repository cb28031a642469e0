// stream.finished() on a ServerResponse: it calls back after the response's
// 'close' (which follows 'finish'), and at once (a tick later) when called
// after that close.
'use strict';
const http = require('http');
const { finished } = require('stream');

const server = http.createServer((req, res) => {
  let closed = false;
  res.on('finish', () => console.log('finish'));
  res.on('close', () => {
    closed = true;
    console.log('close');
    finished(res, (err) => {
      console.log('finished after close, err:', err);
      server.close();
    });
  });
  finished(res, (err) => console.log('finished, closed:', closed, 'err:', err));
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => res.resume());
});
