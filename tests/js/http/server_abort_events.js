// The server side of an aborted exchange, in node's order: the request is
// destroyed before 'aborted' is emitted, the response closes next, and the
// request's ECONNRESET 'aborted' error reaches it only when it listens for
// 'error'. A response the handler destroys itself still emits 'close'.
'use strict';
const http = require('http');

function watch(req, res, withErrorListener) {
  const state = () => `res.destroyed=${res.destroyed} req.destroyed=${req.destroyed} req.aborted=${req.aborted}`;
  req.on('aborted', () => console.log('  req aborted', state()));
  req.on('close', () => console.log('  req close', state()));
  if (withErrorListener) {
    req.on('error', (e) => console.log('  req error', e.code, e.message, e.constructor.name, state()));
  }
  res.on('finish', () => console.log('  res finish'));
  res.on('close', () => console.log('  res close', state()));
}

const cases = [
  // The client goes away in the middle of the response.
  { name: 'client gone, no error listener', errorListener: false, destroyRes: false },
  { name: 'client gone, error listener', errorListener: true, destroyRes: false },
  // The handler destroys the response before writing anything.
  { name: 'res.destroy(), error listener', errorListener: true, destroyRes: true },
  { name: 'res.destroy(), no error listener', errorListener: false, destroyRes: true },
];

let current;
const server = http.createServer((req, res) => {
  watch(req, res, current.errorListener);
  req.on('close', () => setTimeout(next, 20));
  if (current.destroyRes) {
    res.destroy();
    console.log('  after res.destroy()', res.destroyed, res.writableEnded);
    return;
  }
  res.write('partial');
});

function next() {
  current = cases.shift();
  if (current === undefined) {
    server.close(() => console.log('server closed'));
    return;
  }
  console.log(current.name);
  const creq = http.get({ port: server.address().port, path: '/' }, (cres) => {
    cres.once('data', () => creq.destroy());
  });
  creq.on('error', (e) => console.log('  client error', e.code));
}

server.listen(0, '127.0.0.1', next);
