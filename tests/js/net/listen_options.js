'use strict';
// server.listen() argument checks: an options object needs a port or a path,
// a port must be a number or a numeric string in range (and wins over a
// path), a path must be a non-empty string, a host a string; connect()
// refuses object modes and a host that is not a string.
const net = require('net');

const cases = [
  [{ port: -1, path: '/tmp/jolt-never.sock' }], [false], [{ port: false }], [true], [{ port: true }],
  [{ path: -1 }], [{ path: '' }], [{ path: {} }], [{}], [{ host: 'localhost' }], [{ host: { port: 3000 } }],
  [{ exclusive: true }], [{ port: 0, host: 5 }], [{ port: 'abc' }], [{ port: {} }], [{ port: [] }],
  [{ port: '' }], [{ port: ' ' }], [{ port: 1.5 }], [{ port: '-1' }], [{ port: 70000 }], [{ port: NaN }],
  [{ port: 0n }], [Symbol('x')],
  // These listen (port 0, or a port that wins over the path).
  [{ port: '0' }], [{ port: undefined }], [{ port: 0, path: 5 }], [null], [undefined], [{ port: 0, host: null }],
];
for (const args of cases) {
  const label = require('util').inspect(args[0]);
  try {
    const s = net.createServer();
    s.on('error', (e) => console.log('  async error', e.code));
    s.listen(...args);
    console.log(label, 'listens');
    s.close();
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
for (const key of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
  try {
    net.createConnection({ port: 8080, [key]: true });
  } catch (e) {
    console.log(key, e.code, e.message);
  }
}
try {
  net.createConnection({ host: ['192.168.0.1'], port: 8080 });
} catch (e) {
  console.log('host array', e.code, e.message);
}
