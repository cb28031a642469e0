'use strict';
// socket.resetAndDestroy(): the peer sees ECONNRESET (RST, not FIN); a
// socket without a handle fails with ERR_SOCKET_CLOSED; a connecting one
// resets once connected; a Unix socket throws ERR_INVALID_HANDLE_TYPE.
const net = require('net');
const path = require('path');
const os = require('os');
const fs = require('fs');

function step1(next) {
  const s = new net.Socket();
  const r = s.resetAndDestroy();
  console.log('no handle returns socket:', r === s, 'destroyed:', s.destroyed);
  s.on('error', (e) => console.log('no handle error:', e.code, e.name, e.message));
  s.on('close', (hadError) => {
    console.log('no handle close:', hadError);
    next();
  });
}

function step2(next) {
  const server = net.createServer((c) => {
    c.on('error', (e) => console.log('server side error:', e.code, e.message));
    c.on('close', () => {
      console.log('server side close');
      server.close(next);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const conn = net.connect(server.address().port, '127.0.0.1');
    conn.on('connect', () => {
      console.log('chained:', conn.resetAndDestroy().destroy() === conn);
      conn.on('error', () => console.log('client error (unexpected)'));
      conn.write('after', (e) => console.log('write after reset:', e.code, e.message));
    });
    conn.on('close', (hadError) => console.log('client close:', hadError));
  });
}

function step3(next) {
  const server = net.createServer((c) => {
    c.on('error', (e) => console.log('reset while connecting, peer:', e.code));
    c.on('close', () => server.close(next));
  });
  server.listen(0, '127.0.0.1', () => {
    const conn = net.connect(server.address().port, '127.0.0.1');
    console.log('connecting:', conn.connecting);
    conn.resetAndDestroy();
    conn.on('connect', () => console.log('connect event'));
    conn.on('close', () => console.log('connecting socket closed'));
  });
}

function step4(next) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jolt-reset-'));
  const sock = path.join(dir, 's.sock');
  const server = net.createServer((c) => c.on('close', () => {}));
  server.listen(sock, () => {
    const conn = net.connect(sock, () => {
      try {
        conn.resetAndDestroy();
      } catch (e) {
        console.log('pipe:', e.code, e.name, e.message);
      }
      conn.destroy();
      server.close(() => {
        fs.rmSync(dir, { recursive: true, force: true });
        next();
      });
    });
  });
}

step1(() => step2(() => step3(() => step4(() => console.log('done')))));
