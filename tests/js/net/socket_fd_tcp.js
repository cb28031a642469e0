// jolt-only: node refuses an fd its loop already watches (EEXIST); jolt's handles expose fd() to get one
'use strict';
// net.Socket({ fd }) over a connected TCP socket: it reads, writes, ends and
// closes like any socket, and knows its addresses.
const net = require('net');

const srv = net.createServer((c) => {
  c.on('data', (d) => console.log('server got', String(d)));
  c.on('end', () => {
    console.log('server end');
    c.end('bye');
  });
});
srv.listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  const c = net.connect(port, '127.0.0.1', () => {
    c.pause();
    const w = new net.Socket({ fd: c._handle.fd(), readable: true, writable: true });
    console.log(w.readyState, w.pending, w.remotePort === port, w.localAddress, w.remoteAddress);
    w.on('data', (d) => console.log('w got', String(d)));
    w.on('end', () => console.log('w end'));
    w.on('close', (hadError) => {
      console.log('w close', hadError, w.bytesRead, w.bytesWritten);
      srv.close();
    });
    w.end('hello');
  });
});
