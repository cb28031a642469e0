'use strict';
// Buffer.alloc/allocUnsafe/allocUnsafeSlow, their argument errors, and the
// shared pool small buffers are carved from.
const { attempt } = require('../fixtures/attempt');

console.log('alloc', Buffer.alloc(4), Buffer.alloc(0), Buffer.alloc(3.7).length);
console.log('alloc fill', Buffer.alloc(5, 'ab'), Buffer.alloc(4, 0x101), Buffer.alloc(5, '6162', 'hex'),
  Buffer.alloc(3, Buffer.from([7, 8])), Buffer.alloc(6, 'YWI=', 'base64'), Buffer.alloc(2, ''));
console.log('alloc fill utf8 split', Buffer.alloc(5, '\u20ac'));
attempt('alloc bad fill', () => Buffer.alloc(3, 'zz', 'hex'));
attempt('alloc bad encoding', () => Buffer.alloc(3, 'a', 'nope'));
for (const size of [-1, NaN, '1', 2 ** 53, undefined, null]) {
  attempt(`alloc(${String(size)})`, () => Buffer.alloc(size));
  attempt(`allocUnsafe(${String(size)})`, () => Buffer.allocUnsafe(size));
  attempt(`allocUnsafeSlow(${String(size)})`, () => Buffer.allocUnsafeSlow(size));
}

console.log('poolSize', Buffer.poolSize);
const a = Buffer.allocUnsafe(10);
const b = Buffer.allocUnsafe(10);
console.log('pooled share one ArrayBuffer', a.buffer === b.buffer, a.buffer.byteLength === Buffer.poolSize);
console.log('8-byte aligned', (b.byteOffset - a.byteOffset) % 8 === 0, b.byteOffset - a.byteOffset >= 10);
const s1 = Buffer.from('abc');
const s2 = Buffer.from('de');
console.log('strings pooled', s1.buffer === s2.buffer, s2.byteOffset - s1.byteOffset);
const half = Buffer.allocUnsafe(Buffer.poolSize >>> 1);
console.log('half pool is not pooled', half.buffer.byteLength, half.byteOffset);
const slow = Buffer.allocUnsafeSlow(10);
console.log('slow is not pooled', slow.buffer.byteLength, slow.byteOffset);
console.log('alloc is not pooled', Buffer.alloc(10).buffer.byteLength);
console.log('empty', Buffer.allocUnsafe(0).length, Buffer.allocUnsafe(0).buffer.byteLength);
Buffer.poolSize = 1024;
const afterResize1 = Buffer.allocUnsafe(8);
const afterResize2 = Buffer.allocUnsafe(600);
console.log('smaller poolSize', afterResize2.buffer.byteLength, afterResize1.buffer === afterResize2.buffer);
// The current pool is used up, then a new one of the new size is made.
let prev = Buffer.allocUnsafe(400);
let switched;
for (let i = 0; i < 400 && switched === undefined; i++) {
  const next = Buffer.allocUnsafe(400);
  if (next.buffer !== prev.buffer) switched = next;
  prev = next;
}
console.log('new pool when full', switched.buffer.byteLength, switched.byteOffset);
const q = Buffer.allocUnsafe(100);
console.log('next from new pool', q.buffer === switched.buffer, q.byteOffset >= 400, q.byteOffset % 8);
Buffer.poolSize = 64 * 1024;
console.log('is Buffer', Buffer.isBuffer(a), a instanceof Uint8Array, Buffer.isBuffer(new Uint8Array(2)), Buffer.isBuffer('x'));
