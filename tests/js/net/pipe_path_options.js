'use strict';
// Unix socket paths: one too long for the socket address fails listen and
// connect with EINVAL (never truncated); readableAll / writableAll open
// the socket file to everyone.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jolt-pipe-'));
const long = path.join(dir, 'x'.repeat(200) + '.sock');

function withMode(options, next) {
  const file = path.join(dir, `m${options.readableAll ? 'r' : ''}${options.writableAll ? 'w' : ''}.sock`);
  const server = net.createServer().listen({ path: file, ...options }, () => {
    const m = fs.statSync(file).mode;
    console.log(JSON.stringify(options), 'others read:', (m & 0o004) !== 0, 'others write:', (m & 0o002) !== 0,
      'owner read:', (m & 0o400) !== 0, 'owner write:', (m & 0o200) !== 0);
    server.close(next);
  });
}

const server = net.createServer(() => console.log('connection (unexpected)'));
server.on('listening', () => console.log('listening (unexpected)'));
server.on('error', (err) => {
  console.log('listen:', err.code, err.syscall, err.message === `listen EINVAL: invalid argument ${long}`);
  net.connect(long).on('error', (e) => {
    console.log('connect:', e.code, e.syscall, e.address === long);
    withMode({}, () => withMode({ readableAll: true }, () => withMode({ writableAll: true }, () =>
      withMode({ readableAll: true, writableAll: true }, () => {
        fs.rmSync(dir, { recursive: true, force: true });
        console.log('done');
      }))));
  });
});
server.listen(long);
