'use strict';
// setEncoding: multi-byte characters split across chunks, encodings other
// than utf8, and re-decoding data queued before setEncoding().
const { Readable } = require('stream');

const euro = Buffer.from('\u20ac\u00e9\ud83d\ude00', 'utf8');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
for (let i = 0; i < euro.length; i++) r.push(euro.subarray(i, i + 1));
r.push(null);
const parts = [];
r.on('data', (d) => parts.push(d));
r.on('end', () => {
  console.log('utf8 parts', parts.length, JSON.stringify(parts.join('')) === JSON.stringify('\u20ac\u00e9\ud83d\ude00'));
  console.log('encoding', r.readableEncoding);
});

const late = new Readable({ read() {} });
late.push(Buffer.from([0xe2, 0x82]));
late.push(Buffer.from([0xac, 0x41]));
late.setEncoding('utf8');
console.log('late', JSON.stringify(late.read()) === JSON.stringify('\u20acA'), late.readableLength);

for (const enc of ['hex', 'base64', 'latin1', 'utf16le']) {
  const s = new Readable({ read() {}, encoding: enc });
  s.push(Buffer.from([0x61, 0x62, 0x63]));
  s.push(Buffer.from([0x64]));
  s.push(null);
  let out = '';
  s.on('data', (d) => { out += d; });
  s.on('end', () => console.log(enc, JSON.stringify(out)));
}

// A string pushed with an encoding is converted.
const h = new Readable({ read() {} });
h.push('6869', 'hex');
console.log(String(h.read()));
