'use strict';
// dgram connect/disconnect/remoteAddress: sends to the peer without an
// address, the 'connect' event before the callback, and the state errors.
const dgram = require('dgram');

function show(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  show('remoteAddress unconnected', () => client.remoteAddress());
  show('disconnect unconnected', () => client.disconnect());
  show('connect no port', () => client.connect());
  show('connect port 0', () => client.connect(0));
  client.on('connect', () => console.log('connect event'));
  client.connect(port, '127.0.0.1', () => {
    const peer = client.remoteAddress();
    console.log('connected', peer.address, peer.family, peer.port === port);
    show('connect twice', () => client.connect(port));
    client.send('hi', (err, bytes) => console.log('sent', err, bytes));
  });
  let count = 0;
  server.on('message', (msg, rinfo) => {
    count++;
    console.log('server got', msg.toString());
    if (count === 1) server.send('back', rinfo.port, rinfo.address);
    if (count === 2) {
      client.close();
      server.close();
    }
  });
  client.on('message', (msg, rinfo) => {
    console.log('client got', msg.toString(), rinfo.port === port);
    client.send(Buffer.from('xxsecondxx'), 2, 6);
    setImmediate(() => {
      client.disconnect();
      show('remoteAddress after disconnect', () => client.remoteAddress());
      show('disconnect twice', () => client.disconnect());
    });
  });
});
