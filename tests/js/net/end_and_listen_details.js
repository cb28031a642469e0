'use strict';
// A write made from an 'end' listener after our own end(): EPIPE to the
// callback, then 'error' on the next tick. Plus server._connectionKey, the
// type check of options.localPort, a listen cancelled by close() before
// its lookup answers, and captureRejections on a server.
const net = require('net');
const events = require('events');

for (const localPort of ['foobar', '80', null, undefined]) {
  try {
    net.connect({ host: '127.0.0.1', port: 9, localPort }).on('error', () => {});
    console.log('localPort', localPort, 'accepted');
  } catch (e) {
    console.log('localPort', localPort, e.code, e.message);
  }
}

console.log('key before listen:', net.createServer()._connectionKey);
const cancelled = net.createServer().listen(0, 'localhost', () => console.log('listening (unexpected)'));
cancelled.close(() => console.log('cancelled listen closed, listening:', cancelled.listening));

const server = net.createServer((socket) => socket.end()).listen(0, '127.0.0.1', () => {
  console.log('key:', server._connectionKey);
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    let errored = false;
    client.on('error', (err) => {
      errored = true;
      console.log('error event:', err.code, err.message);
      server.close(rejections);
    });
    client.on('end', () => {
      const ret = client.write('hello', (err) => console.log('write cb:', err.code, err.message, 'error yet:', errored));
      console.log('write returned', ret, 'error yet:', errored);
    });
    client.end();
  });
});

function rejections() {
  events.captureRejections = true;
  const boom = new Error('kaboom');
  const s2 = net.createServer(async (sock) => {
    s2.close();
    sock.on('error', (err) => console.log('socket error is the rejection:', err === boom));
    throw boom;
  });
  s2.listen(0, '127.0.0.1', () => {
    const sock = net.connect(s2.address().port, '127.0.0.1');
    sock.on('close', () => console.log('client closed'));
    sock.on('error', (e) => console.log('client error', e.code));
  });
}
