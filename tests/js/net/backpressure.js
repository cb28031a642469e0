'use strict';
// write() returns false past writableHighWaterMark and 'drain' follows;
// a paused reader stops the sender (the kernel buffers fill), resume lets
// everything through; bytesRead/bytesWritten count it all.
const net = require('net');

const total = 8 * 1024 * 1024;
let serverSock;
const server = net.createServer((sock) => {
  serverSock = sock;
  sock.pause();
});

server.listen(0, () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1' });
  console.log('hwm', c.writableHighWaterMark);
  const chunk = Buffer.alloc(64 * 1024, 1);
  let sent = 0;
  let falses = 0;
  let drains = 0;
  c.on('drain', () => {
    drains++;
    pump();
  });
  function pump() {
    while (sent < total) {
      sent += chunk.length;
      if (!c.write(chunk)) {
        falses++;
        if (falses === 1) {
          console.log('first false: writableLength >= hwm', c.writableLength >= c.writableHighWaterMark,
            'needDrain', c.writableNeedDrain);
          // The reader is paused: the sender stalls until it resumes.
          setTimeout(() => {
            console.log('stalled', sent < total);
            let received = 0;
            serverSock.on('data', (d) => { received += d.length; });
            serverSock.on('end', () => {
              console.log('received all', received === total, serverSock.bytesRead === total);
              serverSock.end();
            });
            serverSock.resume();
          }, 100);
        }
        return;
      }
    }
    c.end();
  }
  c.on('connect', pump);
  c.resume();
  c.on('close', () => {
    console.log('drains > 0', drains > 0, 'falses === drains', falses === drains);
    console.log('bytesWritten', c.bytesWritten === total);
    server.close();
  });
});
