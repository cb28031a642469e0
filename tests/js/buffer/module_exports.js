'use strict';
// node:buffer's exports: constants, transcode, isUtf8/isAscii, atob/btoa,
// SlowBuffer, and the globals.
const buffer = require('buffer');
const { attempt } = require('../fixtures/attempt');
console.log(Object.keys(buffer).sort().join(' '));
console.log('globals', globalThis.Buffer === buffer.Buffer, globalThis.atob === buffer.atob, globalThis.btoa === buffer.btoa);
console.log('constants', buffer.kMaxLength, buffer.kStringMaxLength, buffer.constants, buffer.kMaxLength === buffer.constants.MAX_LENGTH);
console.log('Buffer', Buffer.name, Buffer.length, Object.getPrototypeOf(Buffer) === Uint8Array,
  Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Buffer.prototype.constructor === Buffer);

const { transcode } = buffer;
console.log('transcode', transcode(Buffer.from('h\u00e9\u20ac'), 'utf8', 'latin1'), transcode(Buffer.from('h\u00e9'), 'utf8', 'ucs2'),
  transcode(Buffer.from('h\u00e9\ud83d\ude00'), 'utf8', 'ascii'), transcode(Buffer.from('h\u0000\u00e9\u0000', 'latin1'), 'utf16le', 'utf8'),
  transcode(Buffer.from([0xe9]), 'latin1', 'utf8'), transcode(Buffer.alloc(0), 'utf8', 'ucs2'),
  transcode(Buffer.from('ab'), 'binary', 'utf-16le'));
attempt('transcode invalid utf8 to ucs2', () => transcode(Buffer.from([0xff, 0x41]), 'utf8', 'ucs2'));
attempt('transcode surrogate utf8 to ucs2', () => transcode(Buffer.from([0xed, 0xa0, 0x80]), 'utf8', 'utf16le'));
attempt('transcode lone surrogate ucs2 to utf8', () => transcode(Buffer.from([0x00, 0xd8]), 'ucs2', 'utf8'));
attempt('transcode odd ucs2 to utf8', () => transcode(Buffer.from([0x41]), 'ucs2', 'utf8'));
console.log('transcode lossy', transcode(Buffer.from([0x3d, 0xd8, 0x00, 0xde]), 'ucs2', 'latin1'), transcode(Buffer.from([0x00, 0xdc, 0x41, 0]), 'ucs2', 'latin1'),
  transcode(Buffer.from([0x41, 0, 0x42]), 'ucs2', 'latin1'), transcode(Buffer.from('\u00e9', 'latin1'), 'ascii', 'utf8'), transcode(Buffer.from([0xff, 0x41]), 'utf8', 'latin1'),
  transcode(Buffer.from([0x80]), 'latin1', 'ascii'), transcode(Buffer.from([0x3d, 0xd8, 0x00, 0xde]), 'ucs2', 'utf8'), transcode(Buffer.from('\ud83d\ude00'), 'utf8', 'ucs2'));
attempt('transcode bad source', () => transcode('x', 'utf8', 'latin1'));
attempt('transcode hex', () => transcode(Buffer.from('a'), 'utf8', 'hex'));
attempt('transcode unknown', () => transcode(Buffer.from('a'), 'nope', 'utf8'));

const { isUtf8, isAscii } = buffer;
console.log('isUtf8', isUtf8(Buffer.from('h\u00e9')), isUtf8(Buffer.from([0xc3])), isUtf8(Buffer.from([0xed, 0xa0, 0x80])), isUtf8(new Uint8Array(0)),
  isUtf8(new ArrayBuffer(2)), isUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80])), isUtf8(Buffer.from('a'.repeat(100) + '\u00e9')));
console.log('isAscii', isAscii(Buffer.from('abc')), isAscii(Buffer.from('ab\u00e9')), isAscii(new Uint8Array(0)), isAscii(new Uint16Array([0x7f7f])),
  isAscii(Buffer.from('a'.repeat(100) + '\u0080')));
attempt('isUtf8 string', () => isUtf8('abc'));
attempt('isAscii number', () => isAscii(1));

console.log('btoa', btoa('hello'), btoa(''), btoa('\u00ff\u00fe'), btoa(123), btoa(null));
console.log('atob', atob('aGVsbG8='), atob(' aG Vs\nbG8 '), atob('aGVsbG8'), JSON.stringify(atob('//4=')), atob(''), atob(null).length);
attempt('atob bad char', () => atob('aGV*bG8='));
attempt('atob bad length', () => atob('abcde'));
attempt('atob bad padding', () => atob('ab=c'));
attempt('atob too much padding', () => atob('a==='));
attempt('atob no args', () => atob());
attempt('btoa non-latin1', () => btoa('\u20ac'));
attempt('btoa no args', () => btoa());
try {
  atob('*');
} catch (e) {
  console.log('DOMException', e instanceof DOMException, e.name, e.code);
}

const slow = buffer.SlowBuffer(4);
console.log('SlowBuffer', slow.length, slow.buffer.byteLength, slow instanceof Uint8Array);
