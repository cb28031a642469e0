// A chunk's extensions are capped at 16 KiB: past it the server answers
// 413 (or reports HPE_CHUNK_EXTENSIONS_OVERFLOW to 'clientError'); the count
// spans reads and starts again at each chunk.
'use strict';
const http = require('http');
const net = require('net');

const head = 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n';

function run(label, parts, withListener, next) {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => res.end('got ' + body));
  });
  if (withListener) {
    server.on('clientError', (err, sock) => {
      console.log(label, 'clientError', err.code, err.reason, err.message, err.bytesParsed);
      sock.destroy();
    });
  }
  server.listen(0, () => {
    const sock = net.connect(server.address().port);
    let data = '';
    sock.setEncoding('latin1');
    sock.on('data', (c) => { data += c; });
    sock.on('close', () => {
      console.log(label, JSON.stringify(data.replace(/Date: [^\r]*\r\n/, '')));
      server.close(next);
    });
    let i = 0;
    (function write() {
      if (i === parts.length - 1) return sock.end(parts[i]);
      sock.write(parts[i++]);
      setTimeout(write, 20);
    })();
  });
}

run('one read', [head + '2;' + 'a'.repeat(17000) + '\r\nAA\r\n0\r\n\r\n'], false, () => {
  run('split', [head + '2;', 'A'.repeat(8500), 'A'.repeat(8500) + '\r\nAA\r\n0\r\n\r\n'], false, () => {
    run('listener', [head + '2;x=' + 'v'.repeat(16400) + '\r\nAA\r\n0\r\n\r\n'], true, () => {
      const ext = ';' + 'A'.repeat(10000) + '=bar\r\nAA\r\n';
      run('per chunk', [head + '2' + ext + '2' + ext + '2' + ext + '0\r\n\r\n'], false, () => {
        run('at limit', [head + '2;' + 'b'.repeat(16384) + '\r\nAA\r\n0\r\n\r\n'], false);
      });
    });
  });
});
