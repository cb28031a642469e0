// headersTimeout and requestTimeout (408 and close), keepAliveTimeout
// (an idle keep-alive connection is closed), closeIdleConnections /
// closeAllConnections, and the client's setTimeout.
'use strict';
const http = require('http');
const net = require('net');
const { raw, show } = require('./helpers/raw');

const R = (s) => s.replace(/\n/g, '\r\n');
const server = http.createServer({
  headersTimeout: 200,
  requestTimeout: 400,
  keepAliveTimeout: 150,
  connectionsCheckingInterval: 50,
}, (req, res) => {
  if (req.url === '/slow') { setTimeout(() => res.end('late'), 400); return; }
  req.resume();
  req.on('end', () => res.end('ok ' + req.url));
});

function idleClose(port) {
  // A keep-alive connection that goes idle is closed by the server.
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    const t0 = Date.now();
    let got = '';
    sock.setEncoding('latin1');
    sock.on('connect', () => sock.write(R('GET /ka HTTP/1.1\nHost: x\n\n')));
    sock.on('data', (d) => { got += d; });
    sock.on('close', () => {
      const ms = Date.now() - t0;
      console.log('idle closed after keepAliveTimeout:', ms >= 100 && ms < 2000, got.endsWith('ok /ka'));
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  show('headers never finish', await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\n', 3000));
  show('body never finishes', await raw(port, R('POST /b HTTP/1.1\nHost: x\nContent-Length: 10\n\nabc'), 3000));
  show('in time', await raw(port, [R('POST /b HTTP/1.1\nHost: x\nContent-Length: 4\nConnection: close\n\nab'), 'cd']));
  await idleClose(port);

  // closeIdleConnections closes the idle one only; closeAllConnections the rest.
  const busy = net.connect(port, '127.0.0.1');
  const idle = net.connect(port, '127.0.0.1');
  let idleClosed = false;
  let busyClosed = false;
  idle.on('close', () => { idleClosed = true; });
  busy.on('close', () => { busyClosed = true; });
  idle.on('data', () => {});
  busy.on('data', () => {});
  idle.write(R('GET /i HTTP/1.1\nHost: x\n\n'));
  busy.write(R('GET /slow HTTP/1.1\nHost: x\n\n'));
  setTimeout(() => {
    server.closeIdleConnections();
    setTimeout(() => {
      console.log('after closeIdleConnections: idle closed', idleClosed, 'busy closed', busyClosed);
      server.closeAllConnections();
      setTimeout(() => {
        console.log('after closeAllConnections: busy closed', busyClosed);
        clientTimeout(port);
      }, 50);
    }, 50);
  }, 100);
});

function clientTimeout(port) {
  const req = http.get({ port, host: '127.0.0.1', path: '/slow', agent: false });
  req.setTimeout(50, () => {
    console.log('client timeout fired');
    req.destroy();
  });
  req.on('error', (e) => console.log('client error', e.code, e.message));
  req.on('close', () => {
    console.log('client request closed');
    server.close(() => console.log('server closed'));
  });
}
