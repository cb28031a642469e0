// A request whose head is fine but whose body framing is not (a bare LF in a
// chunk extension, as in request smuggling; an invalid Transfer-Encoding)
// reaches its handler first, then fails: the connection is closed, with a
// 400 when no response has gone out yet, and the smuggled request behind it
// is never seen. clientError gets node's code and reason.
'use strict';
const http = require('http');
const net = require('net');

const cases = [
  ['smuggled', 'GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2;\nxx\r\n4c\r\n0\r\n\r\n' +
    'GET /admin HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', true],
  ['smuggled, no response', 'GET /quiet HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2;\nxx\r\n0\r\n\r\n', false],
  ['bad transfer-encoding', 'POST /quiet HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunkedchunked\r\n\r\n1\r\nA\r\n0\r\n\r\n', false],
  ['length and chunked', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n', false],
  // A folded header line (obs-fold) is refused before the head completes.
  ['folded transfer-encoding', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n , chunked-false\r\n\r\n1\r\nA\r\n0\r\n\r\n', false],
];

let withListener = false;
const server = http.createServer((req, res) => {
  console.log('  handler', req.method, req.url);
  req.on('data', () => console.log('  data'));
  req.on('end', () => console.log('  end'));
  if (req.url !== '/quiet') res.end('hello world');
});
function onClientError(err, socket) {
  console.log('  clientError', err.code, JSON.stringify(err.reason));
  socket.destroy();
}

async function main() {
  for (const listener of [false, true]) {
    withListener = listener;
    if (listener) server.on('clientError', onClientError);
    for (const [name, bytes] of cases) {
      console.log(name, listener ? '(clientError listener)' : '');
      await new Promise((resolve) => {
        const s = net.connect(server.address().port, '127.0.0.1', () => s.write(bytes));
        let data = '';
        s.setEncoding('latin1');
        s.on('data', (c) => { data += c; });
        s.on('error', () => {});
        s.on('close', () => {
          console.log('  client got', JSON.stringify(data.replace(/\r\nDate: [^\r]*/, '')));
          resolve();
        });
      });
    }
  }
  server.close();
}
server.listen(0, '127.0.0.1', main);
