'use strict';
// decodeStrings, defaultEncoding and setDefaultEncoding.
const { Writable } = require('stream');

const seen = [];
const keep = new Writable({
  decodeStrings: false,
  defaultEncoding: 'hex',
  write(chunk, enc, cb) { seen.push(`${typeof chunk}:${chunk}:${enc}`); cb(); },
});
keep.write('6869');
keep.write('abc', 'latin1');
keep.setDefaultEncoding('BASE64');
keep.write('aGk=');
keep.write(new Uint8Array([65, 66]));
console.log(seen.join('\n'));

const bytes = [];
const dec = new Writable({
  write(chunk, enc, cb) { bytes.push(`${Buffer.isBuffer(chunk)}:${chunk.toString('hex')}:${enc}`); cb(); },
});
dec.write('hi');
dec.write('6869', 'hex');
dec.setDefaultEncoding('utf16le');
dec.write('A');
dec.write(new Uint16Array([1]));
dec.write(new DataView(new ArrayBuffer(2)));
console.log(bytes.join('\n'));
