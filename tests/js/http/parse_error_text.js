'use strict';
// Parse errors of a malformed request line (server 'clientError') and of a
// malformed status line (client 'error'): code, message, reason, and the
// client's socket listeners once the request has failed.
const http = require('http');
const net = require('net');

const srv = http.createServer(() => {});
srv.on('clientError', (e, s) => {
  console.log('server', e.code, e.message, '|', e.reason);
  s.destroy();
});
srv.listen(0, async () => {
  const port = srv.address().port;
  for (const line of ['GET / XTTP/1.1\r\n\r\n', 'GET / HTTQ/1.1\r\nHost: x\r\n\r\n']) {
    await new Promise((r) => {
      const c = net.connect(port, () => c.write(line));
      c.on('close', r);
      c.resume();
    });
  }
  const raw = net.createServer((c) => c.end('XTTP/1.1 200 OK\r\n\r\n'));
  raw.listen(0, () => {
    const req = http.get({ port: raw.address().port });
    req.on('error', (e) => {
      console.log('client', e.code, e.message, '|', e.reason, e.bytesParsed, e.rawPacket.toString('latin1').length);
      console.log('client data listeners', req.socket.listenerCount('data'));
      raw.close();
      trailing();
    });
  });
});

// Bytes after a complete response fail the request (after 'response').
function trailing() {
  const junk = net.createServer((c) => c.end('HTTP/1.1 302 Moved\r\nContent-Length: 0\r\n\r\nhi world'));
  junk.listen(0, () => {
    const req = http.get({ port: junk.address().port });
    req.on('response', (res) => console.log('trailing response', res.statusCode));
    req.on('error', (e) => console.log('trailing error', e.code, e.message));
    req.on('close', () => {
      console.log('trailing close');
      junk.close();
      srv.close();
    });
  });
}
