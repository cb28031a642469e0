'use strict';
// IPv6 loopback: listen on ::1, connect to it; address families; a dual-stack
// wildcard server accepts IPv4 clients as IPv4-mapped addresses; ipv6Only
// refuses them.
const net = require('net');

const s6 = net.createServer((sock) => {
  console.log('server sees', sock.remoteAddress, sock.remoteFamily, sock.localAddress);
  sock.end();
});
s6.listen(0, '::1', () => {
  const a = s6.address();
  console.log('listening', a.address, a.family);
  const c = net.connect({ port: a.port, host: '::1' }, () => {
    console.log('client', c.remoteAddress, c.remoteFamily, c.localFamily);
  });
  c.resume();
  c.on('close', () => s6.close(dual));
});

function dual() {
  const d = net.createServer((sock) => {
    console.log('dual-stack server sees', sock.remoteAddress, sock.remoteFamily);
    sock.end();
  });
  d.listen(0, () => {
    console.log('wildcard', d.address().address, d.address().family);
    const c = net.connect(d.address().port, '127.0.0.1');
    c.resume();
    c.on('close', () => d.close(v6only));
  });
}

function v6only() {
  const o = net.createServer(() => console.log('unexpected connection'));
  o.listen({ port: 0, host: '::', ipv6Only: true }, () => {
    const c = net.connect(o.address().port, '127.0.0.1');
    c.on('error', (e) => {
      console.log('ipv6Only refuses IPv4:', e.code);
      o.close();
    });
  });
}
