// Without a 'clientError' listener, a bad request is answered (400/431) and
// the socket is then destroyed with the parse error: its own 'error'
// listeners see it, and a socket without any does not throw.
'use strict';
const http = require('http');
const net = require('net');

function run(label, payload, listen, next) {
  const server = http.createServer(() => console.log('request?'));
  server.on('connection', (socket) => {
    if (listen) {
      socket.on('error', (e) => console.log(label, 'socket error', e.code, e.message, e.bytesParsed,
                                            e.rawPacket.length));
    }
    socket.on('close', () => console.log(label, 'socket close'));
  });
  server.listen(0, () => {
    const c = net.connect(server.address().port, () => c.write(payload));
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('end', () => console.log(label, 'client end', JSON.stringify(got)));
    c.on('close', () => server.close(next));
  });
}

const big = 'GET / HTTP/1.1\r\nCookie: ' + 'a'.repeat(http.maxHeaderSize) + '\r\n\r\n';
run('bad method', '1 / HTTP/1.1\r\n\r\n', true, () => {
  run('overflow', big, true, () => {
    run('no listener', 'GET / HTTP/1.1\r\nBad Header\r\n\r\n', false);
  });
});
