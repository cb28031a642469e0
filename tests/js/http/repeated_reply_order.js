'use strict';
// A server that sends the same text again (its replies only differ by Date)
// must keep every reply's bytes in order with whatever the handler does to
// the socket right after: end or destroy it, write to another connection,
// or get pipelined requests in one packet. Each scenario runs after a first
// identical reply, so the repeated text is what gets written.
const http = require('http');
const net = require('net');

const body = 'same body';
let holdA = null;
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  if (req.url === '/hold') {  // answered later, from another connection's handler
    holdA = res;
    return;
  }
  if (req.url === '/release') {
    res.end(body);
    holdA.end(body);
    return;
  }
  res.end(body);
  if (req.url === '/destroy') req.socket.destroy();
  if (req.url === '/end') req.socket.end();
  if (req.url === '/finish-destroy') res.on('finish', () => req.socket.destroy());
});

// Sends the requests in `raws` on a new connection, each once the reply to
// the one before has come; resolves with everything that came back until
// the server closed it (or, with `count`, until that many replies came).
function exchange(raws, count) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1');
    let got = '';
    let sent = 1;
    c.setEncoding('latin1');
    c.on('data', (d) => {
      got += d;
      const replies = (got.match(/same body/g) || []).length;
      if (count && replies >= count) c.end();
      else if (replies === sent && sent < raws.length) c.write(raws[sent++]);
    });
    c.on('close', () => resolve(got));
    c.on('error', (e) => resolve(got + ' [' + e.code + ']'));
    c.write(raws[0]);
  });
}

function show(label, text) {
  const lines = text.split('\r\n').filter((l) => !l.startsWith('Date: '));
  console.log(label + ': ' + JSON.stringify(lines.join('|')));
}

const get = (path, extra = '') => `GET ${path} HTTP/1.1\r\nHost: x\r\n${extra}\r\n`;

server.listen(0, '127.0.0.1', async () => {
  show('warm', await exchange([get('/'), get('/')], 2));
  show('destroy', await exchange([get('/'), get('/destroy')]));
  show('end', await exchange([get('/'), get('/end')]));
  show('finish-destroy', await exchange([get('/'), get('/finish-destroy')]));
  // In one packet: the replies follow each other in order.
  show('pipelined', await exchange([get('/') + get('/') + get('/', 'Connection: close\r\n')]));
  const held = exchange([get('/hold')], 1);
  await new Promise((r) => setTimeout(r, 50));
  const released = exchange([get('/release')], 1);
  show('release', await released);
  show('held', await held);
  server.close();
});
