'use strict';
// Buffer.from on arrays, array-likes, ArrayBuffers (sharing memory), views
// (copying), objects with valueOf/Symbol.toPrimitive, and the type errors.
const { attempt } = require('../fixtures/attempt');

console.log('array', Buffer.from([1, 2, 255, 256, -1, 1.9, '7', 'x']));
console.log('array-like', Buffer.from({ length: 3, 0: 1, 2: 3 }), Buffer.from({ length: '2' }), Buffer.from({ length: -1 }));
console.log('json shape', Buffer.from({ type: 'Buffer', data: [5, 6] }), Buffer.from(Buffer.from('hi').toJSON()));
console.log('of', Buffer.of(1, 2, 300));

const ab = new ArrayBuffer(8);
const whole = Buffer.from(ab);
const part = Buffer.from(ab, 2, 3);
part[0] = 9;
whole[3] = 7;
console.log('arraybuffer shares', new Uint8Array(ab), part, whole.buffer === ab, part.byteOffset);
console.log('offset only', Buffer.from(ab, 6).length, Buffer.from(ab, '4').length, Buffer.from(ab, NaN).length,
  Buffer.from(ab, 2, 0).length, Buffer.from(ab, 2, -3).length, Buffer.from(ab, 8).length);
attempt('offset past end', () => Buffer.from(ab, 9));
attempt('length past end', () => Buffer.from(ab, 2, 7));
attempt('negative offset', () => Buffer.from(ab, -1).length);
const u8 = new Uint8Array([1, 2, 3]);
const copy = Buffer.from(u8);
copy[0] = 100;
console.log('uint8array copied', u8[0], copy);
const src = Buffer.from('abc');
const copy2 = Buffer.from(src);
copy2[0] = 0x7a;
console.log('buffer copied', src.toString(), copy2.toString());
console.log('uint16array narrowed', Buffer.from(new Uint16Array([1, 256, 257])));
console.log('float64array', Buffer.from(new Float64Array([1.5, -1])));
console.log('valueOf string', Buffer.from({ valueOf() { return 'str'; } }).toString());
console.log('valueOf object', Buffer.from({ valueOf() { return [1, 2]; } }));
console.log('toPrimitive', Buffer.from({ [Symbol.toPrimitive](hint) { return `hint:${hint}`; } }).toString());
console.log('toPrimitive encoding', Buffer.from({ [Symbol.toPrimitive]() { return '6869'; } }, 'hex'));
for (const v of [5, null, undefined, true, Symbol('s'), {}, () => {}, 10n]) {
  attempt(`from(${typeof v})`, () => Buffer.from(v));
}
attempt('toPrimitive number', () => Buffer.from({ [Symbol.toPrimitive]() { return 5; } }));

console.log('copyBytesFrom', Buffer.copyBytesFrom(new Uint16Array([1, 2])), Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 1),
  Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 1, 1), Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 5));
attempt('copyBytesFrom bad view', () => Buffer.copyBytesFrom([1]));
attempt('copyBytesFrom bad offset', () => Buffer.copyBytesFrom(new Uint8Array(2), -1));

console.log('deprecated constructor', new Buffer(3), Buffer('ab'), new Buffer([1]));
attempt('Buffer(number, string)', () => Buffer(3, 'utf8'));

const growable = new ArrayBuffer(4, { maxByteLength: 16 });
const tracking = Buffer.from(growable, 1);
const fixed = Buffer.from(growable, 1, 2);
growable.resize(10);
console.log('resizable', tracking.length, fixed.length);
growable.resize(2);
console.log('resizable shrunk', tracking.length);
