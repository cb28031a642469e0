'use strict';
// net.Socket({ fd }) and server.listen({ fd } | handle | { _handle }): the
// checks on fd (type, range, what kind of file it is), listen errors for an
// fd that cannot listen, another server's handle taken over by listen(handle),
// and the exclusive / reusePort options.
const fs = require('fs');
const net = require('net');

function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

for (const fd of [-1, 1.5, 'x', 2 ** 31, null]) show(`Socket({ fd: ${fd} })`, () => new net.Socket({ fd }) && 'ok');
const fileFd = fs.openSync(__filename, 'r');
show('Socket({ fd: <file> })', () => new net.Socket({ fd: fileFd }) && 'ok');
show('Socket({ fd: <closed> })', () => new net.Socket({ fd: 1000 }) && 'ok');

for (const arg of [{ fd: -5 }, { fd: 'x' }, { _handle: {} }, { _handle: { fd: -1 } }]) {
  show(`listen(${JSON.stringify(arg)})`, () => net.createServer().listen(arg) && 'ok');
}

function listenError(label, arg) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.on('error', (e) => {
      console.log(label, 'error', e.code, e.message, e.syscall, e.address, e.port, s.listening);
      resolve();
    });
    s.listen(arg, () => console.log(label, 'listening?'));
  });
}

async function main() {
  await listenError('listen({ fd: <closed> })', { fd: 1000 });
  await listenError('listen({ fd: <file> })', { fd: fileFd });
  await listenError('listen({ _handle: { fd: <file> } })', { _handle: { fd: fileFd } });

  await new Promise((resolve) => {
    const a = net.createServer(() => console.log('a got a connection'));
    a.listen(0, '127.0.0.1', () => {
      const { port } = a.address();
      const b = net.createServer((c) => c.end('from b'));
      b.listen(a._handle, () => {
        console.log('b listening on the same port', b.address().port === port, a.listening, b.listening);
        const c = net.connect(port, '127.0.0.1');
        c.on('data', (d) => console.log('client', String(d)));
        c.on('close', () => {
          const d = net.createServer((s) => s.end('from d'));
          d.listen({ _handle: a._handle }, () => {
            net.connect(port, '127.0.0.1')
              .on('data', (x) => console.log('client', String(x)))
              .on('close', () => d.close(resolve));
          });
        });
      });
    });
  });

  for (const opts of [{ exclusive: true }, { exclusive: false }, { exclusive: 'yes' }, { reusePort: true }]) {
    await new Promise((resolve) => {
      const s = net.createServer();
      s.listen({ port: 0, host: '127.0.0.1', ...opts }, () => {
        console.log('listen', JSON.stringify(opts), typeof s.address().port);
        s.close(resolve);
      });
    });
  }
  // Two servers on one port with reusePort.
  await new Promise((resolve) => {
    const one = net.createServer();
    one.listen({ port: 0, host: '127.0.0.1', reusePort: true }, () => {
      const two = net.createServer();
      two.on('error', (e) => console.log('second reusePort server', e.code));
      two.listen({ port: one.address().port, host: '127.0.0.1', reusePort: true }, () => {
        console.log('second reusePort server listening', two.address().port === one.address().port);
        two.close(() => one.close(resolve));
      });
    });
  });
}

main();
