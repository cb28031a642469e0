'use strict';
// node:dgram: bind, send in each argument form, 'message' with rinfo,
// address(), udp6, close order, and the errors thrown or emitted.
const dgram = require('dgram');

function show(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

show('no type', () => dgram.createSocket());
show('udp5', () => dgram.createSocket('udp5'));
show('options without type', () => dgram.createSocket({}));
show('number', () => dgram.createSocket(1));
console.log(typeof dgram.Socket, dgram.createSocket('udp4') instanceof dgram.Socket,
  dgram.createSocket({ type: 'udp6' }).type);

function once(emitter, event) {
  return new Promise((resolve) => emitter.once(event, (...args) => resolve(args)));
}

(async () => {
  const server = dgram.createSocket('udp4');
  console.log('bind returns socket', server.bind(0, '127.0.0.1') === server);
  await once(server, 'listening');
  const { port, address, family } = server.address();
  console.log('server', typeof port, port > 0, address, family);

  const messages = [];
  server.on('message', (msg, rinfo) => {
    messages.push(msg);
    console.log('message', Buffer.isBuffer(msg), JSON.stringify(msg.toString()), rinfo.address, rinfo.family,
      rinfo.size, typeof rinfo.port, Object.keys(rinfo));
    if (msg.toString() === 'ping') server.send('pong', rinfo.port, rinfo.address);
  });

  const client = dgram.createSocket('udp4');
  const sent = (label) => (err, bytes) => console.log('sent', label, err, bytes);
  // One send at a time, so that the order of the output is fixed.
  const step = (fn) => new Promise((resolve) => {
    server.once('message', () => setImmediate(resolve));
    fn();
  });
  await step(() => client.send('hello', port, '127.0.0.1', sent('string')));
  await step(() => client.send(Buffer.from('xxabcxx'), 2, 3, port, sent('offset/length')));
  await step(() => client.send(['a', Buffer.from('b'), new Uint8Array([99])], port, sent('list')));
  await step(() => client.send(new Uint16Array([0x6968]), port, '127.0.0.1'));
  await step(() => client.send(new DataView(new TextEncoder().encode('view').buffer), port));
  await step(() => client.send('', port));
  const clientPort = client.address().port;
  console.log('client bound by send', client.address().address, clientPort > 0);
  client.send('ping', port);
  const [reply, rinfo] = await once(client, 'message');
  console.log('reply', reply.toString(), rinfo.port === port);

  show('bind twice', () => server.bind(0));
  show('send no port', () => client.send('x'));
  show('send port 0', () => client.send('x', 0));
  show('send port -1', () => client.send('x', -1));
  show('send bad buffer', () => client.send(1, port));

  const closed = [];
  client.on('close', () => closed.push('client event'));
  console.log('close returns socket', client.close(() => closed.push('client callback')) === client);
  show('close twice', () => client.close());
  show('send after close', () => client.send('x', port));
  show('address after close', () => client.address());
  await once(client, 'close');
  console.log(closed);

  const unbound = dgram.createSocket('udp4');
  show('address unbound', () => unbound.address());
  unbound.close();

  const v6 = dgram.createSocket('udp6');
  v6.bind(0, '::1');
  await once(v6, 'listening');
  console.log('udp6', v6.address().address, v6.address().family);
  v6.close();

  const wrongFamily = dgram.createSocket('udp6');
  wrongFamily.bind(0, '127.0.0.1');
  const [err] = await once(wrongFamily, 'error');
  console.log('udp6 on IPv4', err.message, err.code, err.syscall, err.address);
  wrongFamily.close();

  const noHost = dgram.createSocket('udp4');
  noHost.send('x', 9, 'nosuch.invalid', (e) => {
    console.log('send to unknown host', e.message, e.code);
    noHost.close();
  });
  await once(noHost, 'close');

  // An unref'd bound socket does not keep the process alive.
  server.unref();
  console.log('done', messages.length);
})();
