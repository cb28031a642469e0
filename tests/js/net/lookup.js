'use strict';
// Host names: 'localhost' goes through node:dns ('lookup' event with the
// address, family and host), a custom lookup function is used when given,
// and its errors end the connection with 'error' then 'close'.
const net = require('net');

const server = net.createServer((sock) => sock.end('hi'));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const c = net.connect(port, 'localhost');
  c.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host));
  c.on('connect', () => console.log('connected to', c.remoteAddress));
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('data', d));
  c.on('close', () => custom(port));
});

function custom(port) {
  const calls = [];
  const lookup = (host, opts, cb) => {
    calls.push(`${host} family=${opts.family}`);
    cb(null, '127.0.0.1', 4);
  };
  const c = net.connect({ port, host: 'my.service', lookup, family: 4 });
  c.on('lookup', (err, address, family, host) => console.log('custom lookup', err, address, family, host));
  c.resume();
  c.on('close', () => {
    console.log(calls);
    failing(port);
  });
}

function failing(port) {
  const lookup = (host, opts, cb) => {
    const e = new Error(`getaddrinfo ENOTFOUND ${host}`);
    e.code = 'ENOTFOUND';
    process.nextTick(cb, e);
  };
  const c = net.connect({ port, host: 'nowhere.example', lookup });
  const seen = [];
  c.on('lookup', (err) => seen.push(`lookup ${err.code}`));
  c.on('error', (err) => seen.push(`error ${err.message}`));
  c.on('close', (hadError) => {
    seen.push(`close ${hadError}`);
    console.log(seen.join(' | '));
    try {
      net.connect({ port, host: 'x', lookup: 5 });
    } catch (e) {
      console.log(e.code, e.message);
    }
    server.close();
  });
}
