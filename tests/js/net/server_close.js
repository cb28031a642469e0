'use strict';
// server.close() stops accepting at once but 'close' (and its callback) waits
// for the open connections; getConnections counts them; a connection after
// close is refused; maxConnections drops the extra ones.
const net = require('net');

const socks = [];
const server = net.createServer((sock) => {
  socks.push(sock);
  sock.resume();
  if (socks.length === 2) {
    server.getConnections((err, n) => {
      console.log('connections', err, n);
      server.close(() => console.log('close callback, listening', server.listening));
      console.log('after close(): listening', server.listening, 'address', server.address());
      const late = net.connect(port, '127.0.0.1');
      late.on('error', (e) => {
        console.log('late connect', e.code);
        socks[0].end();
        setTimeout(() => {
          console.log('one still open, closed yet:', closed);
          socks[1].destroy();
        }, 50);
      });
    });
  }
});
let closed = false;
server.on('close', () => {
  closed = true;
  console.log('server close event');
  limited();
});
let port;
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  for (let i = 0; i < 2; i++) {
    const c = net.connect(port, '127.0.0.1');
    c.resume();
    c.on('error', () => {});
  }
});

function limited() {
  const m = net.createServer((sock) => {
    console.log('accepted one');
    sock.resume();
  });
  m.maxConnections = 1;
  m.on('drop', (info) => {
    console.log('drop', info.remoteAddress, info.localFamily, typeof info.remotePort);
    first.destroy();
    m.close();
  });
  let first;
  m.listen(0, '127.0.0.1', () => {
    first = net.connect(m.address().port, '127.0.0.1', () => {
      const second = net.connect(m.address().port, '127.0.0.1');
      second.on('error', () => {});
      second.resume();
    });
    first.resume();
  });
}
