'use strict';
// Buffer and TextEncoder/TextDecoder: encoding and decoding on 1 KiB and
// 1 MiB inputs, ASCII and non-ASCII.
const { bench } = require('./harness');

function makeText(size, unit) {
  let s = '';
  while (s.length < size) s += unit;
  return s.slice(0, size);
}

const sizes = [['1KiB', 1024], ['1MiB', 1024 * 1024]];
const enc = new TextEncoder();
const dec = new TextDecoder();
for (const [label, size] of sizes) {
  const ascii = makeText(size, 'The quick brown fox jumps over the lazy dog. ');
  // Two-byte (Latin/Greek) and three-byte (CJK) characters mixed with ASCII.
  const mixed = makeText(size / 2, 'caf\u00e9 \u03b1\u03b2\u03b3 \u65e5\u672c ');
  const asciiBuf = Buffer.from(ascii);
  const mixedBuf = Buffer.from(mixed);
  const b64 = asciiBuf.toString('base64');
  const hex = asciiBuf.toString('hex');
  bench(`from utf8 ascii ${label}`, () => Buffer.from(ascii, 'utf8'));
  bench(`from utf8 mixed ${label}`, () => Buffer.from(mixed, 'utf8'));
  bench(`toString utf8 ascii ${label}`, () => asciiBuf.toString('utf8'));
  bench(`toString utf8 mixed ${label}`, () => mixedBuf.toString('utf8'));
  bench(`toString base64 ${label}`, () => asciiBuf.toString('base64'));
  bench(`from base64 ${label}`, () => Buffer.from(b64, 'base64'));
  bench(`toString hex ${label}`, () => asciiBuf.toString('hex'));
  bench(`from hex ${label}`, () => Buffer.from(hex, 'hex'));
  bench(`TextEncoder.encode ascii ${label}`, () => enc.encode(ascii));
  bench(`TextEncoder.encode mixed ${label}`, () => enc.encode(mixed));
  bench(`TextDecoder.decode ascii ${label}`, () => dec.decode(asciiBuf));
  bench(`TextDecoder.decode mixed ${label}`, () => dec.decode(mixedBuf));
}
