'use strict';
// Unix domain sockets: listen(path), address() is the path, connect({ path }),
// the socket file goes away on close; a missing path fails with ENOENT.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const sockPath = path.join(os.tmpdir(), `jolt-net-unix-${process.pid}.sock`);
let serverInfo = '';
const server = net.createServer((sock) => {
  serverInfo = `server: remoteAddress ${sock.remoteAddress} localAddress ${sock.localAddress}`;
  sock.on('data', (d) => sock.end(`echo:${d}`));
});
server.listen(sockPath, () => {
  console.log('address is path', server.address() === sockPath, 'file exists', fs.existsSync(sockPath));
  const c = net.connect({ path: sockPath }, () => {
    console.log('client connected, remotePort', c.remotePort);
    c.write('hi');
  });
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('client got', d));
  c.on('close', () => {
    console.log(serverInfo);
    server.close(() => {
      console.log('file removed', !fs.existsSync(sockPath));
      const bad = net.connect(path.join(os.tmpdir(), `jolt-missing-${process.pid}.sock`));
      bad.on('error', (e) => console.log('missing:', e.code, e.syscall, e.message.startsWith('connect ENOENT ')));
    });
  });
});
