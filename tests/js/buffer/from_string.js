'use strict';
// Buffer.from(string, encoding) for every encoding, including the lenient
// base64/hex decoders and lone surrogates in UTF-8.
const hex = (b) => b.toString('hex');
const { attempt } = require('../fixtures/attempt');

console.log('utf8', hex(Buffer.from('h\u00e9\u20ac\ud83d\ude00')));
console.log('utf8 default', hex(Buffer.from('abc')), hex(Buffer.from('abc', '')), hex(Buffer.from('abc', 'UTF-8')));
console.log('lone high', hex(Buffer.from('a\ud800b')));
console.log('lone low', hex(Buffer.from('\udc00')));
console.log('reversed pair', hex(Buffer.from('\ude00\ud83d')));
console.log('high at end', hex(Buffer.from('x\ud83d')));
console.log('nul', hex(Buffer.from('a\u0000b')));
console.log('utf16le', hex(Buffer.from('h\u00e9\u20ac', 'utf16le')), hex(Buffer.from('ab', 'ucs2')),
  hex(Buffer.from('ab', 'UCS-2')), hex(Buffer.from('ab', 'utf-16le')));
console.log('latin1', hex(Buffer.from('h\u00e9\u00ff\u0100\u20ac', 'latin1')), hex(Buffer.from('\u00e9', 'binary')));
console.log('ascii', hex(Buffer.from('h\u00e9\u0100', 'ascii')));
console.log('base64', hex(Buffer.from('aGVsbG8=', 'base64')), hex(Buffer.from('aGVsbG8', 'base64')));
console.log('base64 url chars', hex(Buffer.from('-_-_', 'base64')), hex(Buffer.from('+/+/', 'base64url')));
console.log('base64 whitespace', hex(Buffer.from(' aG\nVs\tbG8 = ', 'base64')));
console.log('base64 junk skipped', hex(Buffer.from('aG*Vs!bG8', 'base64')));
console.log('base64 stops at =', hex(Buffer.from('YW=Jj', 'base64')), hex(Buffer.from('=YWJj', 'base64')),
  hex(Buffer.from('YWJ=j', 'base64')));
console.log('base64 lone char', hex(Buffer.from('Y', 'base64')), hex(Buffer.from('YWJjZ', 'base64')));
console.log('base64 non-latin1', hex(Buffer.from('YW\u20acJj', 'base64')));
console.log('base64url', hex(Buffer.from('aGVsbG8', 'base64url')), hex(Buffer.from('_-8', 'base64url')));
console.log('hex', hex(Buffer.from('00ff7F80', 'hex')), hex(Buffer.from('ABcd', 'HEX')));
console.log('hex stops', hex(Buffer.from('abzz12', 'hex')), hex(Buffer.from('abc', 'hex')), hex(Buffer.from('a', 'hex')),
  hex(Buffer.from('0g12', 'hex')), hex(Buffer.from('\u0100\u0100', 'hex')));
console.log('empty', Buffer.from('').length, Buffer.from('', 'hex').length, Buffer.from('', 'base64').length);
const long = 'x\u00e9'.repeat(20000);
const big = Buffer.from(long);
console.log('long utf8', big.length, big.toString() === long);
const mid = 'a'.repeat(20000);
console.log('mid latin1', Buffer.from(mid, 'latin1').length, Buffer.from(mid + '\u20ac').length);
console.log('new String', hex(Buffer.from(new String('xyz'))));
attempt('unknown encoding', () => Buffer.from('x', 'foo'));
attempt('unknown encoding empty string', () => Buffer.from('', 'nope'));
attempt('non-string encoding', () => hex(Buffer.from('ab', 5)));
