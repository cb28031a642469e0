'use strict';
// bytesWritten counts bytes, not characters, also for writes still waiting
// for the connection or buffered in the stream, and once they went out.
const net = require('net');

const server = net.createServer((peer) => {
  let got = 0;
  peer.on('data', (d) => { got += d.length; });
  peer.on('end', () => {
    console.log('server received', got);
    peer.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', highWaterMark: 0 });
  const text = 'caf\u00e9 \u20ac ';
  c.write(text, () => console.log('first written, bytesWritten', c.bytesWritten));
  console.log('while connecting', c.bytesWritten, Buffer.byteLength(text), c.connecting);
  c.write('\u00e9\u00e9', 'latin1');
  c.write(Buffer.from([1, 2, 3]));
  console.log('with two more queued', c.bytesWritten);
  c.end('\u{1F600}', () => console.log('ended, bytesWritten', c.bytesWritten));
  c.on('close', () => {
    console.log('closed, bytesWritten', c.bytesWritten);
    server.close();
  });
});
