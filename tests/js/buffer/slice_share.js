'use strict';
// slice/subarray share memory with the original; parent/offset.
const buf = Buffer.from('abcdefgh');
const s = buf.slice(2, 5);
const sub = buf.subarray(-3);
s[0] = 0x43;
sub[2] = 0x48;
console.log(buf.toString(), s.toString(), sub.toString());
console.log('is Buffer', Buffer.isBuffer(s), Buffer.isBuffer(sub), s.buffer === buf.buffer, s.byteOffset - buf.byteOffset);
console.log('args', buf.slice().length, buf.slice(-2).toString(), buf.slice(6, 2).length, buf.slice(0, -7).toString(),
  buf.slice(NaN, 3).toString(), buf.slice('2', '4').toString(), buf.slice(3, Infinity).toString(),
  buf.slice(-100, 2).toString(), buf.subarray(1, 3).toString());
console.log('nested', buf.slice(1).slice(1).slice(1, 2).toString());
const ab = new ArrayBuffer(16);
const view = Buffer.from(ab, 4, 8);
console.log('parent/offset', view.parent === ab, view.offset, Buffer.prototype.parent, Buffer.prototype.offset);
console.log('map keeps Buffer', Buffer.isBuffer(buf.map((x) => x + 1)), buf.filter(() => true).constructor.name);
const u8 = new Uint8Array([1, 2, 3, 4]);
const viaProto = Buffer.prototype.slice.call(Buffer.from(u8.buffer), 1, 3);
viaProto[0] = 9;
console.log('over a Uint8Array buffer', u8);
