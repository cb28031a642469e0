// More small writes queued behind a busy socket than one writev can carry
// (IOV_MAX, 1024) still go out whole and in order.
'use strict';
const net = require('net');

const pieces = [];
for (let i = 0; i < 3000; i++) pieces.push('7'.repeat(1024) + i);
const expected = pieces.join('') + 'end';

const server = net.createServer((c) => {
  for (let i = 0; i < pieces.length; i++) c.write(i % 2 ? Buffer.from(pieces[i]) : pieces[i]);
  c.end('end', () => console.log('finish'));
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  const got = [];
  c.on('data', (d) => got.push(d));
  c.on('end', () => {
    const all = Buffer.concat(got).toString('latin1');
    console.log('got', all.length, 'of', expected.length, all === expected);
    server.close();
  });
});
