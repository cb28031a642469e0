'use strict';
// buf.toString(encoding, start, end) for every encoding; ill-formed UTF-8
// decodes with U+FFFD per maximal subpart.
const { attempt } = require('../fixtures/attempt');
const esc = (s) => JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const b = (...bytes) => Buffer.from(bytes);

console.log('utf8', esc(b(0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80).toString()));
const bad = [
  [0xff], [0xc0, 0x80], [0xc3], [0xe2, 0x82], [0xe2, 0x41], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98],
  [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80], [0x80, 0x80], [0xe0, 0x80, 0x80], [0xc3, 0xa9, 0xff, 0x41],
];
for (const bytes of bad) console.log('bad', bytes.map((x) => x.toString(16)).join(' '), esc(b(...bytes).toString('utf8')));
console.log('utf16le', esc(b(0x68, 0, 0xe9, 0, 0xac, 0x20).toString('utf16le')), esc(b(1, 2, 3).toString('ucs2')));
console.log('utf16le lone surrogate kept', esc(b(0x00, 0xd8).toString('utf16le')).length);
console.log('latin1', esc(b(0x68, 0xe9, 0xff, 0x80).toString('latin1')), esc(b(0xe9).toString('binary')));
console.log('ascii', esc(b(0x68, 0xe9, 0xff, 0x80).toString('ascii')));
console.log('base64', b(0xfb, 0xff, 0x01).toString('base64'), b(0xfb).toString('base64'), b(0xfb, 0xff).toString('base64'));
console.log('base64url', b(0xfb, 0xff, 0x01).toString('base64url'), b(0xfb).toString('base64url'));
console.log('hex', b(0, 0x0f, 0xab, 0xff).toString('hex'));
const h = Buffer.from('hello world');
console.log('ranges', h.toString('utf8', 6), h.toString('utf8', 0, 5), h.toString('utf8', -3, 2), h.toString('utf8', 3, 100));
console.log('ranges odd', esc(h.toString('utf8', 5, 3)), esc(h.toString('utf8', 20)), h.toString('utf8', '2', '4'),
  h.toString('utf8', NaN, 2), h.toString(undefined, 1, 3), h.toString('hex', 1.9, 3.2));
console.log('toLocaleString', h.toLocaleString('hex', 0, 2));
console.log('empty', esc(Buffer.alloc(0).toString()), esc(Buffer.alloc(0).toString('base64')));
console.log('slice methods', h.utf8Slice(0, 5), h.latin1Slice(6, 11), h.hexSlice(0, 2), h.base64Slice(0, 3),
  h.asciiSlice(0, 1), h.ucs2Slice(0, 2).length, h.base64urlSlice(0, 3));
const big = Buffer.alloc(100000, 'ab\u00e9');
const text = big.toString();
console.log('big', text.length, text.slice(0, 5));
console.log('Uint8Array via prototype', Buffer.prototype.toString.call(new Uint8Array([104, 105])));
attempt('unknown', () => h.toString('nope'));
attempt('unknown number', () => h.toString(5));
