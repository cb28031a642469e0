'use strict';
// Paused mode: 'readable' events, read(n) against highWaterMark, read(0),
// and push() returning false past highWaterMark.
const { Readable } = require('stream');

const log = (...a) => console.log(...a);

const r = new Readable({ highWaterMark: 4, read(size) { log('_read', size); } });
log('push a', r.push('ab'));
log('push b', r.push('cd'));
log('push c', r.push('ef'));
log('length', r.readableLength);
r.on('readable', () => {
  log('readable, length', r.readableLength);
  let chunk;
  while ((chunk = r.read(3)) !== null) log('read(3)', chunk.toString());
  log('after loop, length', r.readableLength);
});
r.on('end', () => log('end'));
r.on('close', () => log('close'));
setTimeout(() => {
  log('push tail', r.push('g'));
  r.push(null);
}, 5);

setTimeout(() => {
  // read(0) triggers _read without taking data.
  let calls = 0;
  const z = new Readable({ read() { calls++; if (calls === 1) this.push('x'); } });
  log('read(0)', z.read(0), 'calls', calls, 'length', z.readableLength);
  log('read()', String(z.read()), 'calls', calls);
  // read(n) bigger than highWaterMark raises it to the next power of two.
  const big = new Readable({ highWaterMark: 2, read() {} });
  big.read(100);
  log('hwm after read(100)', big.readableHighWaterMark);
  // read() with more requested than buffered returns null until ended.
  const part = new Readable({ read() {} });
  part.push('abc');
  log('read(5) before end', part.read(5));
  part.push(null);
  log('read(5) after end', String(part.read(5)));
  part.on('end', () => log('part end'));
}, 20);
