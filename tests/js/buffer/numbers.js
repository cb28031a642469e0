'use strict';
// read/write of integers (8-48 bit, LE/BE), floats, doubles and bigints,
// the lower-case aliases, and the range/offset errors.
const { attempt } = require('../fixtures/attempt');
const r = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x87, 0xff]);
console.log('u8', r.readUInt8(), r.readUInt8(6), r.readUint8(7), r.readInt8(6), r.readInt8(7));
console.log('u16', r.readUInt16LE(), r.readUInt16BE(), r.readUint16LE(6), r.readInt16LE(6), r.readInt16BE(6), r.readUint16BE(1));
console.log('u32', r.readUInt32LE(), r.readUInt32BE(), r.readUint32LE(4), r.readInt32LE(4), r.readInt32BE(4), r.readUint32BE(4));
for (let n = 1; n <= 6; n++) {
  console.log(`var ${n}`, r.readUIntLE(0, n), r.readUIntBE(0, n), r.readIntLE(8 - n, n), r.readIntBE(8 - n, n),
    r.readUintLE(1, n), r.readUintBE(1, n));
}
console.log('big', r.readBigUInt64LE(), r.readBigUInt64BE(), r.readBigInt64LE(), r.readBigInt64BE(), r.readBigUint64LE(), r.readBigUint64BE());
const f = Buffer.from([0x00, 0x00, 0xc0, 0x3f, 0x3f, 0xc0, 0x00, 0x00]);
console.log('float', f.readFloatLE(), f.readFloatBE(4), f.readFloatLE(1), f.readDoubleLE(), f.readDoubleBE());

const w = Buffer.alloc(8);
console.log('write returns offset', w.writeUInt8(255), w.writeUInt16LE(0xabcd, 1), w.writeUInt32BE(0xdeadbeef, 3), w.writeInt8(-2, 7), w);
w.fill(0);
console.log('aliases', w.writeUint8(1), w.writeUint16BE(2, 1), w.writeUint32LE(3, 3), w.writeUintBE(0x0102, 6, 2), w);
for (let n = 1; n <= 6; n++) {
  const x = Buffer.alloc(6);
  const max = 2 ** (8 * n) - 1;
  x.writeUIntLE(max - 1, 0, n);
  const y = Buffer.alloc(6);
  y.writeIntBE(-(2 ** (8 * n - 1)), 0, n);
  const z = Buffer.alloc(6);
  z.writeIntLE(-2, 0, n);
  console.log(`write var ${n}`, x, y, z, x.readUIntLE(0, n) === max - 1, y.readIntBE(0, n), z.readIntLE(0, n));
}
const d = Buffer.alloc(8);
d.writeDoubleBE(Math.PI);
console.log('double', d, d.readDoubleBE(), d.writeDoubleLE(-0.5), d, d.readDoubleLE());
d.writeFloatLE(1.1);
console.log('float write', d.subarray(0, 4), d.readFloatLE(), d.writeFloatBE(Infinity, 4), d.readFloatBE(4), d.writeFloatLE(NaN), d.readFloatLE());
const g = Buffer.alloc(8);
console.log('bigint write', g.writeBigInt64LE(-2n), g, g.writeBigUInt64BE(2n ** 64n - 2n), g, g.writeBigInt64BE(-(2n ** 63n)), g.readBigInt64BE(),
  g.writeBigUint64LE(5n), g.readBigUint64LE());
console.log('coercion', Buffer.alloc(2).writeUInt8('7'), (() => { const x = Buffer.alloc(4); x.writeUInt16LE(1.9); x.writeInt16BE(-1.5, 2); return x; })(),
  (() => { const x = Buffer.alloc(2); x.writeUInt8(NaN); return x; })());

const four = Buffer.alloc(4);
attempt('read past end', () => four.readUInt8(4));
attempt('read fraction', () => four.readUInt8(1.5));
attempt('read string offset', () => four.readUInt8('1'));
attempt('read NaN offset', () => four.readUInt16LE(NaN));
attempt('read negative', () => four.readInt32BE(-1));
attempt('read u32 at 1', () => four.readUInt32LE(1));
attempt('read double in 4', () => four.readDoubleLE(0));
attempt('read empty', () => Buffer.alloc(0).readUInt8());
attempt('read u16 in 1', () => Buffer.alloc(1).readUInt16BE());
attempt('readUIntLE no offset', () => four.readUIntLE());
attempt('readUIntLE no byteLength', () => four.readUIntLE(0));
attempt('readIntBE byteLength 7', () => Buffer.alloc(8).readIntBE(0, 7));
attempt('readIntLE byteLength 0', () => Buffer.alloc(8).readIntLE(0, 0));
attempt('readUIntBE past end', () => four.readUIntBE(2, 3));
attempt('readBigInt64LE in 4', () => four.readBigInt64LE());
attempt('readBigUInt64BE at 1', () => Buffer.alloc(9).readBigUInt64BE(2));
attempt('write u8 256', () => four.writeUInt8(256));
attempt('write i8 -129', () => four.writeInt8(-129));
attempt('write u16 -1', () => four.writeUInt16BE(-1));
attempt('write i16 big', () => four.writeInt16LE(32768));
attempt('write u32 2^32', () => four.writeUInt32LE(2 ** 32));
attempt('write i32 small', () => four.writeInt32BE(-(2 ** 31) - 1));
attempt('write u32 offset', () => four.writeUInt32LE(1, 1));
attempt('write offset type', () => four.writeUInt8(1, '0'));
attempt('write double in 4', () => four.writeDoubleLE(1));
attempt('write float offset', () => four.writeFloatBE(1, 1));
attempt('writeUIntLE 48', () => Buffer.alloc(8).writeUIntLE(2 ** 48, 0, 6));
attempt('writeIntBE 40', () => Buffer.alloc(8).writeIntBE(2 ** 39, 0, 5));
attempt('writeIntLE 24', () => Buffer.alloc(8).writeIntLE(-(2 ** 23) - 1, 0, 3));
attempt('writeUIntBE byteLength 7', () => Buffer.alloc(8).writeUIntBE(1, 0, 7));
attempt('writeUIntBE no byteLength', () => Buffer.alloc(8).writeUIntBE(1, 0));
attempt('writeIntLE no offset', () => Buffer.alloc(8).writeIntLE(1));
attempt('bigint too big', () => Buffer.alloc(8).writeBigInt64LE(2n ** 63n));
attempt('biguint negative', () => Buffer.alloc(8).writeBigUInt64BE(-1n));
attempt('bigint offset', () => Buffer.alloc(8).writeBigInt64LE(1n, 1));
attempt('bigint number value', () => Buffer.alloc(8).writeBigInt64LE(1) === undefined);
