'use strict';
// node:string_decoder: multi-byte characters split across writes for utf8
// and utf16le, base64 groups, hex/latin1/ascii, end(), text() and the
// lastChar/lastNeed/lastTotal state.
const { StringDecoder } = require('string_decoder');
function esc(s) {
  return JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const { attempt } = require('../fixtures/attempt');
function run(encoding, chunks, endChunk) {
  const d = new StringDecoder(encoding);
  const out = chunks.map((c) => esc(d.write(Buffer.from(c))));
  out.push(esc(endChunk === undefined ? d.end() : d.end(Buffer.from(endChunk))));
  console.log(encoding, JSON.stringify(chunks), out.join(' '));
}
run('utf8', [[0xe2], [0x82], [0xac, 0x41]]);
run('utf8', [[0xf0, 0x9f], [0x98, 0x80]]);
run('utf8', [[0x61, 0xf0, 0x9f, 0x98]]);
run('utf8', [[0xf0, 0x9f], [0x41]]);
run('utf8', [[0xc3], [0xc3]]);
run('utf8', [[0xe2, 0x82, 0xac, 0xe2], [0x41]]);
run('utf8', [[0xed, 0xa0], [0x80]]);
run('utf8', [[0xe0], [0x80, 0x80]]);
run('utf8', [[0xf4, 0x90], [0x80, 0x80]]);
run('utf8', [[0xff, 0xe2]]);
run('utf8', [[0xe2]], [0x82, 0xac]);
for (const lead of [0xc0, 0xc1, 0xf5, 0xf8, 0xff]) run('utf8', [[lead], [0x80]]);
run('utf16le', [[0x61], [0x00, 0x3d, 0xd8], [0x00, 0xde]]);
run('utf16le', [[0x3d, 0xd8]]);
run('utf16le', [[0x41]]);
run('ucs2', [[0x41, 0x00, 0x42]], [0x00]);
run('base64', [[0x61, 0x62], [0x63, 0x64, 0x65]], [0x66]);
run('base64', [[1], [2]]);
run('base64url', [[0xff, 0xfe]]);
run('hex', [[1, 255]], [16]);
run('latin1', [[0xe9, 0x80]]);
run('binary', [[0xe9]]);
run('ascii', [[0xe9, 0x41]]);

const d = new StringDecoder('utf8');
const state = () => [d.lastChar, d.lastNeed, d.lastTotal];
console.log('initial', d.encoding, state(), Object.keys(d));
d.write(Buffer.from([0xe2]));
console.log('after 1', state());
d.write(Buffer.from([0x82]));
console.log('after 2', state());
console.log('complete', esc(d.write(Buffer.from([0xac]))), state());
const u = new StringDecoder('utf16le');
u.write(Buffer.from([0x61]));
console.log('utf16 odd', u.lastChar, u.lastNeed, u.lastTotal);
u.write(Buffer.from([0x00, 0x3d, 0xd8]));
console.log('utf16 surrogate', u.lastChar, u.lastNeed, u.lastTotal);
const b64 = new StringDecoder('base64');
b64.write(Buffer.from([1]));
console.log('base64 one', b64.lastNeed, b64.lastTotal);
const w = new StringDecoder('utf8');
console.log('text', esc(w.text(Buffer.from([0x41, 0x42, 0xe2, 0x82]), 1)), w.lastNeed, esc(w.end()));
console.log('string passthrough', new StringDecoder().write('abc'), new StringDecoder().end('x'));
console.log('typed arrays', new StringDecoder('utf8').write(new Uint16Array([0x4241])), new StringDecoder('hex').write(new DataView(new ArrayBuffer(2))));
console.log('encodings', ['utf8', 'UTF-8', 'ucs2', 'utf-16le', 'latin1', 'binary', 'base64', 'base64url', 'hex', 'ascii', undefined, null]
  .map((e) => new StringDecoder(e).encoding).join(' '));
console.log(new StringDecoder('hex'));
attempt('unknown encoding', () => new StringDecoder('foo'));
attempt('utf16 label', () => new StringDecoder('utf16'));
attempt('write number', () => new StringDecoder().write(5));
attempt('end object', () => new StringDecoder().end({}));
const big = Buffer.from('\u20ac'.repeat(30000));
const sd = new StringDecoder('utf8');
let text = '';
for (let i = 0; i < big.length; i += 1000) text += sd.write(big.subarray(i, i + 1000));
text += sd.end();
console.log('big chunks', text.length, text === '\u20ac'.repeat(30000));

const target = {};
StringDecoder.call(target, 'hex');
console.log('called on an object', target.encoding, StringDecoder.prototype.write.call(target, Buffer.from([171])));
attempt('write on the prototype', () => StringDecoder.prototype.write(Buffer.from('a')));
run('utf16le', [[0x3d], [0xd8, 0x4d, 0xdc]]);
run('utf16le', [[0x3d, 0xd8, 0x4d]]);
run('utf16le', [[0x3d, 0xd8], [0x4d]]);
