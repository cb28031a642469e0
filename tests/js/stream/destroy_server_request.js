// stream.destroy(req) on a request an http server received aborts the
// request (an AbortError, then 'close') but leaves the connection, so the
// response still reaches the client. stream.destroy() of a stream with
// only close() calls close(), once.
'use strict';
const http = require('http');
const { destroy, Stream } = require('stream');

const server = http.createServer((req, res) => {
  destroy(req);
  req.on('error', (err) => console.log('server req error', err.name));
  req.on('close', () => {
    console.log('server req close');
    res.end('hello');
  });
});

server.listen(0, () => {
  const req = http.request({ method: 'POST', port: server.address().port, agent: new http.Agent() });
  req.on('response', (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('client got', body);
      server.close();
      closeOnly();
    });
  });
  req.write('some body');
});

function closeOnly() {
  const s = new Stream();
  let closes = 0;
  s.close = () => closes++;
  destroy(s);
  destroy(s);
  console.log('close() calls', closes);
}
