'use strict';
// TextEncoder: encode, encodeInto, encoding, brand checks.
const util = require('util');
const { attempt } = require('../fixtures/attempt');
const enc = new TextEncoder();
console.log('encoding', enc.encoding, util.TextEncoder === TextEncoder, Object.prototype.toString.call(enc));
console.log('encode', enc.encode('h\u00e9\u20ac\ud83d\ude00'), enc.encode(''), enc.encode(), enc.encode(12), enc.encode(null));
console.log('lone surrogates', enc.encode('\ud800a\udc00'), enc.encode('\ud83d'));
const big = enc.encode('ab\u00e9'.repeat(50000));
console.log('big', big.length, big instanceof Uint8Array, Buffer.isBuffer(big), big.buffer.byteLength);
console.log('encodeInto', enc.encodeInto('h\u00e9llo', new Uint8Array(3)), enc.encodeInto('abc', new Uint8Array(10)),
  enc.encodeInto('\ud83d\ude00x', new Uint8Array(3)), enc.encodeInto('\ud83d\ude00x', new Uint8Array(4)), enc.encodeInto('', new Uint8Array(0)),
  enc.encodeInto('a', new Uint8Array(0)));
const dest = new Uint8Array(8);
enc.encodeInto('\u20ac!', dest.subarray(2));
console.log('encodeInto subarray', dest);
const buf = Buffer.alloc(4);
console.log('encodeInto Buffer', enc.encodeInto('xyz', buf), buf);
console.log('encodeInto lone', (() => { const d = new Uint8Array(4); return [enc.encodeInto('\ud800', d), d]; })());
attempt('encodeInto number', () => enc.encodeInto('abc', 1));
attempt('encodeInto Uint16Array', () => enc.encodeInto('abc', new Uint16Array(2)));
attempt('encode brand', () => TextEncoder.prototype.encode.call({}, 'a'));
attempt('encoding brand', () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call({}));
console.log(util.inspect(enc));
console.log(Object.keys(TextEncoder.prototype), typeof TextEncoder, TextEncoder.name);
