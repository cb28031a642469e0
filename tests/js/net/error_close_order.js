'use strict';
// A socket destroyed with an error before it has a connection emits
// 'error' and then 'close'; a lookup that fails at once reports its error
// a turn later, so the caller of connect() can still listen for it.
const net = require('net');

const log = [];
const s = new net.Socket();
s.on('close', (hadError) => log.push(`close hadError=${hadError}`));
s.on('error', (e) => log.push(`error ${e.message}`));
s.destroy(new Error('first'));
log.push('destroy returned');

const c = net.connect({
  host: 'example.invalid',
  port: 1,
  lookup(host, opts, cb) {
    log.push(`lookup ${host}`);
    const err = new Error(`getaddrinfo ENOTFOUND ${host}`);
    err.code = 'ENOTFOUND';
    cb(err);
  },
});
process.nextTick(() => {
  log.push('listening after a tick');
  c.on('error', (e) => log.push(`connect error ${e.code}`));
  c.on('close', () => {
    log.push('connect close');
    console.log(log.join('\n'));
  });
});
c.on('lookup', (err) => log.push(`lookup event ${err && err.code}`));
