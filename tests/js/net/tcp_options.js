'use strict';
// setNoDelay / setKeepAlive reach the handle only when the setting changes;
// options of net.connect() and net.createServer() count as settings made;
// delays are whole seconds, never negative; server.onconnection on the
// listening handle can be wrapped.
const net = require('net');

function spy(handle, tag) {
  const nd = handle.setNoDelay;
  const ka = handle.setKeepAlive;
  handle.setNoDelay = function (on) {
    console.log(tag, 'setNoDelay', on);
    return nd.call(this, on);
  };
  handle.setKeepAlive = function (on, delay) {
    console.log(tag, 'setKeepAlive', on, delay);
    return ka.call(this, on, delay);
  };
}

console.log('server delays:', net.createServer({ keepAliveInitialDelay: 2500 }).keepAliveInitialDelay,
  net.createServer({ keepAliveInitialDelay: -1500 }).keepAliveInitialDelay,
  net.createServer().keepAliveInitialDelay);

// A handle-less socket over a stand-in handle.
const calls = [];
const fake = new net.Socket({ handle: { setNoDelay: (on) => calls.push(on), readStart() {} } });
for (const v of [undefined, true, 1, 'x', false, 0, '', true, {}]) fake.setNoDelay(v);
console.log('fake setNoDelay calls:', calls);
const nullHandle = new net.Socket({ handle: { setNoDelay: null, readStart() {} } });
console.log('null setNoDelay returns socket:', nullHandle.setNoDelay(true) === nullHandle);

const server = net.createServer({ keepAlive: true, keepAliveInitialDelay: 2500, noDelay: true }, (c) => {
  spy(c._handle, 'accepted');
  c.setNoDelay(true);
  c.setKeepAlive(true, 2000);
  c.setKeepAlive(true, 2999);
  c.setKeepAlive(true, 3000);
  c.setKeepAlive(false, 3000);
  c.setKeepAlive(false, 0);
  c.setKeepAlive(true);
  c.setNoDelay(false);
  c.setNoDelay(false);
  c.destroy();
  server.close();
});
server.listen(0, '127.0.0.1', () => {
  const onconnection = server._handle.onconnection;
  console.log('onconnection is a function:', typeof onconnection);
  server._handle.onconnection = function (err, clientHandle) {
    console.log('onconnection', err, typeof clientHandle);
    spy(clientHandle, 'raw');
    onconnection.call(this, err, clientHandle);
  };
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', keepAlive: 'yes',
    keepAliveInitialDelay: -4000, noDelay: 1 });
  c.on('connect', () => {
    spy(c._handle, 'client');
    c.setNoDelay(true);
    c.setKeepAlive(true, 0);
    c.setKeepAlive(true, 8000);
    c.end();
  });
  c.on('error', () => {});
});
