'use strict';
// compare, equals, Buffer.compare, indexOf/lastIndexOf/includes.
const { attempt } = require('../fixtures/attempt');
const a = Buffer.from('abc');
const b = Buffer.from('abd');
console.log('compare', a.compare(b), b.compare(a), a.compare(Buffer.from('abc')), a.compare(Buffer.from('ab')),
  Buffer.from('ab').compare(a), Buffer.alloc(0).compare(Buffer.alloc(0)));
console.log('compare ranges', a.compare(b, 0, 2, 0, 2), a.compare(b, 1, 3, 1, 3), a.compare(b, 2, 2), a.compare(b, 0, 3, 3),
  a.compare(b, 3), b.compare(a, 0, 3, 2, 3));
console.log('Buffer.compare', Buffer.compare(a, b), Buffer.compare(b, a), Buffer.compare(a, a), Buffer.compare(a, new Uint8Array([97, 98, 99])));
console.log('sort', [b, a, Buffer.from('a')].sort(Buffer.compare).map(String));
console.log('equals', a.equals(Buffer.from('abc')), a.equals(b), a.equals(new Uint8Array([97, 98, 99])), a.equals(a),
  Buffer.alloc(0).equals(Buffer.alloc(0)));
attempt('compare bad target', () => a.compare('abc'));
attempt('compare bad targetStart', () => a.compare(b, -1));
attempt('compare bad targetEnd', () => a.compare(b, 0, 4));
attempt('compare bad sourceStart', () => a.compare(b, 0, 3, 1.5));
attempt('compare bad sourceEnd', () => a.compare(b, 0, 3, 0, '3'));
attempt('Buffer.compare buf1', () => Buffer.compare(1, a));
attempt('Buffer.compare buf2', () => Buffer.compare(a, 'x'));
attempt('equals bad', () => a.equals([97]));

const h = Buffer.from('hello world, hello');
console.log('indexOf string', h.indexOf('hello'), h.indexOf('hello', 1), h.indexOf('o'), h.indexOf('xyz'), h.indexOf('o', -3),
  h.indexOf('world', 7), h.indexOf('d', 100));
console.log('indexOf number', h.indexOf(0x6f), h.indexOf(0x6f + 256), h.indexOf(-145), h.indexOf(111.9), h.indexOf(0x6f, 5));
console.log('indexOf buffer', h.indexOf(Buffer.from('world')), h.indexOf(new Uint8Array([0x6c, 0x6c])), h.indexOf(Buffer.from('zz')));
console.log('indexOf encodings', h.indexOf('776f726c64', 'hex'), h.indexOf('d29ybGQ=', 'base64'), h.indexOf('world', 0, 'latin1'),
  h.indexOf('hello', 'utf8'), Buffer.from('a\u00e9b', 'latin1').indexOf('\u00e9', 0, 'latin1'),
  Buffer.from('xxh\u0000i\u0000', 'latin1').indexOf('hi', 0, 'ucs2'));
console.log('lastIndexOf', h.lastIndexOf('hello'), h.lastIndexOf('hello', 12), h.lastIndexOf('hello', -7), h.lastIndexOf(0x6c),
  h.lastIndexOf('o', 5), h.lastIndexOf('o', -100), h.lastIndexOf(Buffer.from('l')), h.lastIndexOf('xyz'), h.lastIndexOf('h', 0));
attempt('string offset is an encoding', () => h.indexOf('o', '5'));
console.log('offset coercion', h.indexOf('o', 'latin1'), h.indexOf('o', NaN), h.lastIndexOf('o', NaN), h.indexOf('o', null),
  h.indexOf('o', 4.7), h.indexOf('o', {}), h.lastIndexOf('o', undefined), h.indexOf('o', 2 ** 40),
  h.indexOf('o', -(2 ** 40)), h.lastIndexOf('o', 2 ** 40), h.indexOf(0x6f, 4.7), h.lastIndexOf(0x6f, -1.5));
const e = Buffer.from('abc');
console.log('empty needle', e.indexOf(''), e.indexOf('', 10), e.indexOf('', -1), e.lastIndexOf(''), e.lastIndexOf('', 1),
  e.lastIndexOf('', -10), e.indexOf(Buffer.alloc(0), 7), Buffer.alloc(0).indexOf(''), Buffer.alloc(0).indexOf('a'));
console.log('includes', h.includes('world'), h.includes('World'), h.includes(0x2c), h.includes('hello', 14), h.includes(Buffer.from('d,')));
const big = Buffer.alloc(100000, 'ab');
big.write('needle', 77777);
console.log('big', big.indexOf('needle'), big.lastIndexOf('needle'), big.indexOf('needle', 77778), big.lastIndexOf('ab', 10));
attempt('indexOf object', () => h.indexOf({}));
attempt('indexOf unknown encoding', () => h.indexOf('a', 0, 'nope'));
attempt('indexOf buffer with unknown encoding', () => h.indexOf(Buffer.from('o'), 0, 'nope'));
attempt('lastIndexOf bool', () => h.lastIndexOf(true));

const u = Buffer.from('\u039a\u0391abc\u03a3\u03a3', 'ucs2');
console.log('ucs2 search', u.indexOf('bc', 0, 'ucs2'), u.indexOf('\u03a3', 0, 'ucs2'), u.lastIndexOf('\u03a3', undefined, 'ucs2'),
  u.indexOf(Buffer.from('c', 'ucs2'), 0, 'utf16le'), Buffer.from('ff').indexOf(Buffer.from('f'), 0, 'ucs2'),
  Buffer.from([0x00, 0x61, 0x00]).indexOf('a', 0, 'ucs2'), Buffer.from([0x61, 0x00, 0x61, 0x00]).lastIndexOf('a', -1, 'ucs2'));
attempt('new on a method', () => new Buffer.prototype.indexOf(1));
