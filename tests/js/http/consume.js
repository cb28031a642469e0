// A server connection's bytes as the parser reads them: pipelined requests
// in one packet, body chunks arriving as Buffers over
// several packets with the reader pausing, an upgrade request nobody takes
// followed by a request in the same packet, a 'data' listener the program
// adds to the socket (it sees the bytes, requests are still served), and a
// socket timeout set by a request handler; a client that ends its side with
// pipelined requests still unanswered (answered only with httpAllowHalfOpen).
'use strict';
const http = require('http');
const net = require('net');
const { raw, show } = require('./helpers/raw');

const R = (s) => s.replace(/\n/g, '\r\n');
const server = http.createServer((req, res) => {
  if (req.url === '/body') {
    let n = 0;
    let chunks = 0;
    let buffers = true;
    req.on('data', (c) => {
      n += c.length;
      chunks++;
      buffers = buffers && Buffer.isBuffer(c);
      if (chunks === 1) {
        req.pause();
        setTimeout(() => req.resume(), 30);
      }
    });
    req.on('end', () => res.end(`body ${n} bytes, buffers ${buffers}`));
    return;
  }
  if (req.url === '/timeout') {
    req.socket.setTimeout(80, () => {
      console.log('socket timeout');
      req.socket.destroy();
    });
    res.end('will time out');
    return;
  }
  res.end(`${req.method} ${req.url} ${req.headers['x-n'] || ''}`);
});

// The socket's bytesRead counts what the parser took.
const closedBytes = [];
server.on('connection', (socket) => socket.on('close', () => closedBytes.push(socket.bytesRead)));

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const pipelined = R('GET /1 HTTP/1.1\nHost: x\nX-N: a\n\nHEAD /2 HTTP/1.1\nHost: x\n\nGET /3 HTTP/1.1\nHost: x\nConnection: close\n\n');
  show('pipelined', await raw(port, pipelined));
  while (closedBytes.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  console.log('bytesRead', closedBytes[0] === pipelined.length, closedBytes[0]);
  show('body over packets', await raw(port, [
    R('POST /body HTTP/1.1\nHost: x\nConnection: close\nContent-Length: 20\n\n0123'),
    '456789', 'abcdefghij']));
  show('upgrade nobody takes', await raw(port,
    R('GET /u HTTP/1.1\nHost: x\nUpgrade: foo\nConnection: upgrade\n\nGET /after HTTP/1.1\nHost: x\nConnection: close\n\n')));
  show('socket timeout', await raw(port, R('GET /timeout HTTP/1.1\nHost: x\n\n')));

  const watched = http.createServer((req, res) => {
    console.log('request', req.url);
    res.end('seen ' + req.url);
  });
  watched.on('connection', (socket) => {
    socket.on('data', (d) => console.log('socket data', JSON.stringify(d.toString('latin1').split('\r\n')[0])));
  });
  watched.listen(0, '127.0.0.1', async () => {
    show('data listener', await raw(watched.address().port, [
      R('GET /a HTTP/1.1\nHost: x\n\n'), R('GET /b HTTP/1.1\nHost: x\nConnection: close\n\n')]));
    watched.close();
    await halfOpen(false);
    await halfOpen(true);
    server.close(() => console.log('closed'));
  });
});

function halfOpen(allow) {
  return new Promise((resolve) => {
    // Both answers wait for the client's end to have arrived.
    const slow = http.createServer((req, res) => {
      req.socket.once('end', () => setTimeout(() => res.end('r' + req.url), req.url === '/1' ? 20 : 1));
    });
    slow.httpAllowHalfOpen = allow;
    slow.listen(0, '127.0.0.1', () => {
      const c = net.connect(slow.address().port, '127.0.0.1', () => {
        c.write(R('GET /1 HTTP/1.1\nHost: x\n\nGET /2 HTTP/1.1\nHost: x\n\n'));
        setTimeout(() => c.end(), 20);
      });
      let got = '';
      c.setEncoding('latin1');
      c.on('data', (d) => { got += d; });
      c.on('end', () => {
        console.log('httpAllowHalfOpen', allow, JSON.stringify(got.match(/r\/\d/g)));
        slow.close(resolve);
      });
    });
  });
}
