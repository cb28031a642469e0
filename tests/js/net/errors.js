'use strict';
// Error paths: ECONNREFUSED on connect, EADDRINUSE on listen (as 'error' on
// the server), bad arguments (codes and messages), and listen twice.
const net = require('net');

function show(label, err) {
  console.log(label, err.name, err.code, err.message);
}

function badArgs() {
  for (const args of [[-1], [65536], ['abc', 'x'], [{ port: true }], [{ port: 80, host: 5 }], [{ port: 80, localAddress: 'nope' }], [{ host: 'x' }], []]) {
    try {
      net.connect(...args).on('error', () => {});
      console.log('no throw', JSON.stringify(args));
    } catch (e) {
      show(`connect ${JSON.stringify(args)}`, e);
    }
  }
  for (const args of [[-5], [70000], [{}]]) {
    try {
      net.createServer().listen(...args).on('error', () => {});
      console.log('no throw listen', JSON.stringify(args));
    } catch (e) {
      show(`listen ${JSON.stringify(args)}`, e);
    }
  }
  const s = new net.Socket();
  for (const v of [-1, 'x', Infinity]) {
    try {
      s.setTimeout(v);
    } catch (e) {
      show(`setTimeout ${String(v)}`, e);
    }
  }
}

const server = net.createServer();
server.listen(0, () => {
  const { port } = server.address();
  const second = net.createServer();
  second.on('error', (err) => {
    console.log('listen error', err.code, err.errno === -98, err.syscall, err.address, err.port === port);
    console.log(err.message === `listen EADDRINUSE: address already in use :::${port}`);
    console.log('listening after error', second.listening);
    try {
      server.listen(0);
    } catch (e) {
      show('listen twice', e);
    }
    const closedPort = port;
    server.close(() => {
      const c = net.connect(closedPort, '127.0.0.1');
      const seen = [];
      c.on('error', (e) => {
        seen.push('error');
        console.log('connect error', e.code, e.errno === -111, e.syscall, e.address, e.port === closedPort);
        console.log(e.message === `connect ECONNREFUSED 127.0.0.1:${closedPort}`);
      });
      c.on('close', (hadError) => {
        seen.push(`close ${hadError}`);
        console.log(seen.join(', '), c.destroyed, c.readyState);
        badArgs();
      });
    });
  });
  second.listen(port);
});
