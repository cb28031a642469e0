'use strict';
// TCP echo of TOTAL bytes (default 1 GiB) over loopback in one process: the
// server pipes each connection back to itself, the client writes 64 KiB
// chunks with back-pressure and counts the echo. Prints MiB/s.
const net = require('net');
const total = Number(process.env.TOTAL || 1024 * 1024 * 1024);
const chunk = Buffer.alloc(64 * 1024, 'x');
const server = net.createServer((s) => s.pipe(s));
server.listen(0, '127.0.0.1', () => {
  const start = process.hrtime.bigint();
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!c.write(chunk)) return;
      }
      c.end();
    };
    c.on('drain', pump);
    pump();
  });
  let got = 0;
  c.on('data', (d) => { got += d.length; });
  c.on('end', () => {
    const s = Number(process.hrtime.bigint() - start) / 1e9;
    console.log(`${(got / 1048576 / s).toFixed(0)} MiB/s (${got} bytes in ${s.toFixed(2)} s)`);
    server.close();
  });
});
