// req.destroy(err) in a handler: the request is aborted and its connection
// closed even when the request arrived whole; the error reaches the request
// only if it listens for 'error' (never an uncaught exception).
'use strict';
const http = require('http');

process.on('uncaughtException', (e) => console.log('uncaught', e.message));

function run(label, listen, next) {
  const server = http.createServer((req, res) => {
    req.on('aborted', () => console.log(label, 'req aborted', req.aborted, req.destroyed));
    req.on('close', () => console.log(label, 'req close'));
    res.on('close', () => console.log(label, 'res close', res.writableFinished));
    if (listen) req.on('error', (e) => console.log(label, 'req error', e.message));
    req.destroy(new Error('Destroy test'));
  });
  server.on('clientError', (e) => console.log(label, 'clientError', e.message));
  server.listen(0, () => {
    http.get({ port: server.address().port }, () => console.log(label, 'response?'))
      .on('error', (e) => {
        console.log(label, 'client', e.code, e.message);
        server.close(next);
      });
  });
}

run('quiet', false, () => run('listening', true));
