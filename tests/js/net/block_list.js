'use strict';
// net.BlockList on both sides: a client refuses to connect to a blocked
// address (ERR_IP_BLOCKED; an AggregateError when every raced address is
// blocked), a server drops blocked peers without a 'connection'. Plus the
// option's type check and server.address() when the handle fails.
const net = require('net');

const blocked = new net.BlockList();
blocked.addAddress('127.0.0.1');
blocked.addAddress('127.0.0.2');

for (const bad of [{}, 5, 'x', null]) {
  try {
    net.connect({ port: 9, host: '127.0.0.1', blockList: bad }).on('error', (e) => console.log('accepted', bad, e.code));
  } catch (e) {
    console.log('connect', e.code, e.message);
  }
  try {
    console.log('server accepted', bad, net.createServer({ blockList: bad }).blockList);
  } catch (e) {
    console.log('server', e.code, e.message);
  }
}

net.connect({ port: 9, host: '127.0.0.1', blockList: blocked })
  .on('error', (e) => console.log('literal:', e.code, e.name, e.message));
net.connect({
  port: 9, host: 'example.test', blockList: blocked, autoSelectFamily: false,
  lookup: (host, opts, cb) => cb(null, '127.0.0.2', 4),
}).on('error', (e) => console.log('looked up:', e.code, e.message));
net.connect({
  port: 9, host: 'example.test', blockList: blocked, autoSelectFamily: true,
  lookup: (host, opts, cb) => cb(null, [{ address: '127.0.0.1', family: 4 }, { address: '127.0.0.2', family: 4 }]),
}).on('error', (e) => console.log('raced:', e.code, e.name, e.errors.map((x) => x.message)));

const server = net.createServer({ blockList: blocked }, () => console.log('connection (unexpected)'));
console.log('server.blockList kept:', server.blockList === blocked);
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1' });
  c.on('error', (e) => console.log('client error', e.code));
  c.on('close', () => {
    console.log('client closed');
    const realGetsockname = server._handle.getsockname;
    server._handle.getsockname = () => -22;
    try {
      server.address();
    } catch (e) {
      console.log('address():', e.code, e.message);
    }
    server._handle.getsockname = realGetsockname;
    server.close();
  });
});
