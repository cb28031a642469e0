'use strict';
// Edges of a socket's life: writes and end() before the connection is up
// (with an encoding), destroy() while connecting, a write after end()
// from the 'connect' listener (its error destroys the socket there).
const net = require('net');
const srv = net.createServer((s) => { s.setEncoding('utf8'); let d=''; s.on('data', x => d += x); s.on('end', () => { console.log('server got', JSON.stringify(d)); s.end(); }); });
srv.listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  const a = net.connect(port, '127.0.0.1');
  a.write('6869', 'hex');
  a.end(' there', () => console.log('a end cb'));
  a.on('close', () => {
    console.log('a closed');
    const b = net.connect(port, '127.0.0.1');
    b.on('close', (h) => { console.log('b closed', h);
      const c = net.connect(port, '127.0.0.1', () => {
        c.end();
        c.write('x', (err) => console.log('write after end cb', err && err.code));
        c.on('error', (e) => console.log('c error', e.code));
        c.on('close', () => { console.log('c closed'); srv.close(); });
      });
      c.resume();
    });
    b.destroy();
    console.log('b destroyed while connecting', b.destroyed, b.connecting);
  });
  a.resume();
});
