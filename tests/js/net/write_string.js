'use strict';
// String writes in each encoding reach the peer as the right bytes, and
// bytesWritten counts encoded bytes (multi-byte UTF-8, latin1, a lone
// surrogate, an empty string, hex through the Buffer path).
const net = require('net');

const writes = [
  ['plain ascii', undefined],
  ['caf\u00e9 \u20ac \ud83d\ude00', 'utf8'],
  ['lone \ud800 surrogate', 'utf-8'],
  ['latin1 \u00ff\u00e9\u0100', 'latin1'],
  ['binary \u00fe', 'binary'],
  ['', 'utf8'],
  ['6869', 'hex'],
  ['ascii \u00e9', 'ascii'],
];

const server = net.createServer((sock) => {
  const chunks = [];
  sock.on('data', (d) => chunks.push(d));
  sock.on('end', () => {
    const all = Buffer.concat(chunks);
    console.log('server got', all.length, 'bytes:', all.toString('hex'));
    sock.end();
    server.close();
  });
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    let before = c.bytesWritten;
    let pending = writes.length;
    for (const [text, enc] of writes) {
      c.write(text, enc, (err) => {
        console.log('written', JSON.stringify(text), enc, err === undefined || err === null ? 'ok' : err.code);
        if (--pending === 0) {
          console.log('bytesWritten', c.bytesWritten - before);
          c.end();
        }
      });
    }
  });
  c.on('close', () => console.log('client closed'));
});
