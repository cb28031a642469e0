'use strict';
// allowHalfOpen: the server keeps writing after the client ended its side;
// without it, the socket ends itself when the peer ends. readyState follows.
const net = require('net');

const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => {
    console.log('server got', JSON.stringify(got), 'readyState', sock.readyState, 'writable', sock.writable);
    sock.write('late reply 1;');
    setTimeout(() => sock.end('late reply 2'), 20);
  });
  sock.on('close', () => console.log('server socket closed'));
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  console.log('client allowHalfOpen', c.allowHalfOpen);
  c.setEncoding('utf8');
  let reply = '';
  c.on('data', (d) => { reply += d; });
  c.on('connect', () => {
    c.end('request');
    console.log('after end: readyState', c.readyState);
  });
  c.on('finish', () => console.log('client finish'));
  c.on('end', () => console.log('client end', JSON.stringify(reply)));
  c.on('close', (hadError) => {
    console.log('client close', hadError, c.readyState);
    second();
  });
});

// Without allowHalfOpen the server side ends itself on the client's end.
function second() {
  const s2 = net.createServer((sock) => {
    sock.resume();
    sock.on('end', () => console.log('s2 end, writable now', sock.writable));
    sock.on('finish', () => console.log('s2 finish (auto end)'));
    sock.on('close', () => {
      console.log('s2 socket closed');
      s2.close();
      server.close(() => console.log('done'));
    });
  });
  s2.listen(0, '127.0.0.1', () => {
    const c = net.connect(s2.address().port, '127.0.0.1', () => c.end());
    c.resume();
  });
}
