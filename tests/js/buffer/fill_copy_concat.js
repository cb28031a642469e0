'use strict';
// fill, copy and Buffer.concat, with their errors.
const { attempt } = require('../fixtures/attempt');
const b = () => Buffer.alloc(8);
console.log('fill number', b().fill(1), b().fill(257), b().fill(-1), b().fill(1.9), b().fill(7, 2), b().fill(7, 2, 4));
console.log('fill string', b().fill('ab'), b().fill('abc', 1, 7), b().fill('a', 'latin1'), b().fill('\u00e9'), b().fill('\u00e9', 'latin1'),
  b().fill('6162', 'hex'), b().fill('YWI=', 'base64'), b().fill('ab', 2, 'ucs2'), b().fill(''));
console.log('fill buffer', b().fill(Buffer.from([1, 2, 3])), b().fill(new Uint8Array([9]), 6), b().fill(new Uint16Array([0x0102])));
console.log('fill other', b().fill(true), b().fill(null), b().fill({}));
const self = Buffer.from('abcdefgh');
self.fill(self.subarray(0, 3), 3);
console.log('fill from self', self.toString());
console.log('fill returns this', (() => { const x = b(); return x.fill(0) === x; })());
attempt('fill bad hex', () => b().fill('zz', 'hex'));
attempt('fill odd hex', () => b().fill('a', 'hex'));
attempt('fill empty buffer', () => b().fill(Buffer.alloc(0)));
attempt('fill unknown encoding', () => b().fill('a', 'nope'));
attempt('fill encoding not string', () => b().fill('a', 0, 2, 5));
attempt('fill negative offset', () => b().fill(1, -1));
attempt('fill end too big', () => b().fill(1, 0, 9));
attempt('fill offset type', () => b().fill(1, '1'));
attempt('fill offset >= end', () => b().fill(1, 5, 2));

const src = Buffer.from('abcdef');
let t = Buffer.alloc(4, '.');
console.log('copy', src.copy(t), t.toString());
t = Buffer.alloc(4, '.');
console.log('copy ranges', src.copy(t, 1, 2, 4), t.toString(), src.copy(t, 3, 0), t.toString(), src.copy(t, 4), src.copy(t, 0, 5, 2));
t = Buffer.alloc(6, '.');
console.log('copy coercion', src.copy(t, '1', 1.5, '3'), t.toString(), src.copy(t, NaN, undefined, 2), t.toString(),
  src.copy(t, 0, 0, 100), t.toString());
const o = Buffer.from('0123456789');
o.copy(o, 2, 0, 6);
console.log('copy overlap forward', o.toString());
const o2 = Buffer.from('0123456789');
o2.copy(o2, 0, 3);
console.log('copy overlap back', o2.toString());
console.log('copy into Uint8Array', (() => { const u = new Uint8Array(3); src.copy(u); return u; })());
attempt('copy bad target', () => src.copy('x'));
attempt('copy targetStart', () => src.copy(t, -1));
attempt('copy sourceStart', () => src.copy(t, 0, -1));
attempt('copy sourceStart past end', () => src.copy(t, 0, 7));
attempt('copy sourceEnd', () => src.copy(t, 0, 0, -1));

console.log('concat', Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.alloc(0), Buffer.from('d')]));
console.log('concat length', Buffer.concat([Buffer.from('abc'), Buffer.from('def')], 4), Buffer.concat([Buffer.from('ab')], 4),
  Buffer.concat([]), Buffer.concat([], 5).length, Buffer.isBuffer(Buffer.concat([new Uint8Array(1)])));
const one = Buffer.from('x');
const cat = Buffer.concat([one]);
cat[0] = 0x79;
console.log('concat copies', one.toString(), cat.toString());
attempt('concat not array', () => Buffer.concat('ab'));
attempt('concat bad item', () => Buffer.concat([Buffer.from('a'), 'b']));
attempt('concat bad length', () => Buffer.concat([Buffer.from('a')], -1));
attempt('concat length type', () => Buffer.concat([Buffer.from('a')], '1'));

const wide = new Uint16Array(2);
console.log('copy into Uint16Array', Buffer.from([1, 2, 3, 4, 5]).copy(wide), wide);
const dv = new DataView(new ArrayBuffer(3));
console.log('copy into DataView', Buffer.from([7, 8, 9, 10]).copy(dv, 1), dv.getUint8(0), dv.getUint8(1), dv.getUint8(2));
