'use strict';
// A TCP echo server on port 0: a client sends 4 MiB in pieces and gets the
// same bytes back; byte counters, addresses and the event order are checked.
const net = require('net');
const assert = require('assert');

const events = [];
const server = net.createServer((sock) => {
  events.push('server connection');
  sock.pipe(sock);
  sock.on('end', () => events.push('server end'));
  sock.on('close', (hadError) => events.push(`server socket close ${hadError}`));
});

server.listen(0, '127.0.0.1', () => {
  const { port, address, family } = server.address();
  console.log('listening', address, family, typeof port, port > 0);
  const total = 4 * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024);
  for (let i = 0; i < chunk.length; i++) chunk[i] = i & 0xff;
  const client = net.connect({ port, host: '127.0.0.1' }, () => {
    events.push('client connect');
    console.log('remote', client.remoteAddress, client.remotePort === port, client.remoteFamily);
    console.log('local', client.localAddress, typeof client.localPort);
    let sent = 0;
    (function pump() {
      while (sent < total) {
        sent += chunk.length;
        if (!client.write(chunk)) {
          client.once('drain', pump);
          return;
        }
      }
      client.end();
    })();
  });
  let received = 0;
  let ok = true;
  client.on('data', (d) => {
    for (let i = 0; i < d.length; i++) {
      if (d[i] !== ((received + i) & 0xff)) ok = false;
    }
    received += d.length;
  });
  client.on('end', () => events.push('client end'));
  client.on('close', (hadError) => {
    events.push(`client close ${hadError}`);
    console.log('received', received === total, 'intact', ok);
    console.log('bytesRead', client.bytesRead === total, 'bytesWritten', client.bytesWritten === total);
    server.close(() => {
      events.push('server close');
      console.log(events.includes('server connection'), events.includes('client connect'));
      console.log(events.filter((e) => e.startsWith('client')).join(', '));
      console.log(events.filter((e) => e.startsWith('server s') || e === 'server end').join(', '));
    });
  });
});
