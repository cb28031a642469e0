// More small writes than one writev can take (IOV_MAX), made while the
// socket is still connecting, all arrive.
'use strict';
const net = require('net');

const server = net.createServer((s) => {
  let n = 0;
  s.on('data', (d) => n += d.length);
  s.on('end', () => {
    console.log('server got', n);
    s.end();
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.createConnection(server.address().port, '127.0.0.1');
  c.on('error', (e) => console.log('client error', e.message));
  for (let i = 0; i < 3000; i++) c.write('hello');
  c.end();
  c.on('close', () => console.log('client closed'));
});
