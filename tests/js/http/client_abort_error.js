// ClientRequest.abort(): a request aborted once it has a socket but before a
// response fails with ECONNRESET 'socket hang up' (after 'abort', before
// 'close'), as does one aborted in its 'socket' event; a request aborted
// before it has a socket only aborts and closes; one aborted mid-response
// aborts the response instead.
'use strict';
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/respond') {
    res.writeHead(200);
    res.write('x');
  }
  // Otherwise no response at all.
});

function run(path, when) {
  return new Promise((resolve) => {
    const events = [];
    const req = http.get({ port: server.address().port, host: '127.0.0.1', path }, (res) => {
      events.push('response');
      res.on('aborted', () => events.push('res aborted'));
      res.on('close', () => events.push('res close'));
      if (when === 'data') res.once('data', () => req.abort());
    });
    req.on('abort', () => events.push('abort'));
    req.on('error', (e) => events.push(`error ${e.code} ${e.message}`));
    req.on('close', () => {
      events.push('close');
      setTimeout(() => resolve(events), 30);
    });
    if (when === 'now') req.abort();
    if (when === 'socket') req.on('socket', () => req.abort());
    if (when === 'later') req.on('socket', () => setTimeout(() => req.abort(), 30));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const now = await run('/none', 'now');
  console.log('before a socket:', now.sort().join(', '));
  console.log('in socket event:', (await run('/none', 'socket')).join(', '));
  console.log('waiting for a response:', (await run('/none', 'later')).join(', '));
  console.log('mid-response:', (await run('/respond', 'data')).join(', '));
  server.close();
});
