'use strict';
// buf.write(string, offset, length, encoding), the <enc>Write methods,
// Buffer.byteLength and Buffer.isEncoding.
const { attempt } = require('../fixtures/attempt');
const fresh = () => Buffer.alloc(6, '.');
let b = fresh();
console.log('write', b.write('abc'), b, b.write('xy', 4), b, b.write('zzzz', 3, 2), b);
b = fresh();
console.log('write encoding', b.write('6162', 'hex'), b.write('6364', 2, 'hex'), b.write('YWI=', 4, 2, 'base64'), b);
b = fresh();
console.log('no split', b.write('\u20ac\u20ac'), b, b.write('a\u00e9', 5), b, b.write('\ud83d\ude00', 3), b);
b = fresh();
console.log('lone surrogate', b.write('\ud800'), b);
b = fresh();
console.log('ucs2 even', b.write('abcd', 1, 'ucs2'), b, b.write('a', 5, 'utf16le'), b);
b = fresh();
console.log('latin1/ascii', b.write('\u00e9\u0100', 'latin1'), b.write('\u00e9', 2, 'ascii'), b);
b = fresh();
console.log('hex stops', b.write('abzz', 'hex'), b.write('', 0), b.write('1', 'hex'), b);
b = fresh();
console.log('methods', b.utf8Write('ab'), b.latin1Write('\u00ff', 2), b.hexWrite('0102', 3), b.asciiWrite('z', 5), b);
b = fresh();
console.log('methods 2', b.ucs2Write('a', 0), b.base64Write('YQ==', 2), b.base64urlWrite('_w', 3), b);
attempt('write number', () => fresh().write(1));
attempt('write bad offset', () => fresh().write('a', -1));
attempt('write offset past end', () => fresh().write('a', 7));
attempt('write bad length', () => fresh().write('a', 0, 7));
attempt('write length type', () => fresh().write('a', 0, null));
attempt('write unknown encoding', () => fresh().write('a', 'nope'));
attempt('write unknown encoding 4 args', () => fresh().write('a', 0, 1, 'nope'));
attempt('write offset fraction', () => fresh().write('a', 1.5));
attempt('utf8Write bad offset', () => fresh().utf8Write('a', 10));

const s = 'h\u00e9\u20ac\ud83d\ude00';
console.log('byteLength', Buffer.byteLength(s), Buffer.byteLength(s, 'utf8'), Buffer.byteLength(s, 'ucs2'), Buffer.byteLength(s, 'latin1'),
  Buffer.byteLength(s, 'ascii'), Buffer.byteLength('abcd', 'hex'), Buffer.byteLength('abc', 'hex'), Buffer.byteLength('\ud800'));
console.log('byteLength base64', Buffer.byteLength('aGVsbG8=', 'base64'), Buffer.byteLength('aGVsbG8', 'base64'), Buffer.byteLength('YQ==', 'base64'),
  Buffer.byteLength('YQ', 'base64url'), Buffer.byteLength('a b c d', 'base64'), Buffer.byteLength('====', 'base64'));
console.log('byteLength unknown encoding', Buffer.byteLength('\u00e9', 'nope'), Buffer.byteLength('', 'hex'));
console.log('byteLength views', Buffer.byteLength(Buffer.alloc(3)), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(5)),
  Buffer.byteLength(new DataView(new ArrayBuffer(7))));
attempt('byteLength number', () => Buffer.byteLength(5));
attempt('byteLength object', () => Buffer.byteLength({}));
const names = ['utf8', 'UTF-8', 'utf-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'base64', 'base64url', 'hex', 'ascii',
  'Hex', 'ASCII', 'utf16', 'utf-16', 'buffer', '', 'nope', 5, null, undefined];
console.log('isEncoding', names.map((n) => `${String(n)}=${Buffer.isEncoding(n)}`).join(' '));
