'use strict';
// UTF-8 decoding and encoding where the native fast paths hand over to the
// byte-at-a-time ones: sequences in every position of a 4-byte window, cut
// short at the end, ill-formed ones (overlong, surrogates, above U+10FFFF,
// stray continuation bytes), lone surrogates, writes that stop short of the
// end, and inputs long enough for the blocked length count. Long or random
// cases are printed as checksums (the golden file holds node's).

function hashOf(h, value) {
  // FNV-1a over the code units or bytes of value.
  if (typeof value === 'string') {
    for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 16777619) >>> 0;
  } else {
    for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value[i], 16777619) >>> 0;
  }
  return Math.imul(h ^ value.length, 16777619) >>> 0;
}
const units = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(' ');

const sequences = {
  'c3 a9': [0xc3, 0xa9], 'c2 80': [0xc2, 0x80], 'df bf': [0xdf, 0xbf],
  'c0 80': [0xc0, 0x80], 'c1 bf': [0xc1, 0xbf],
  'e2 82 ac': [0xe2, 0x82, 0xac], 'e0 a0 80': [0xe0, 0xa0, 0x80], 'e0 80 80': [0xe0, 0x80, 0x80],
  'e0 9f bf': [0xe0, 0x9f, 0xbf], 'ed 9f bf': [0xed, 0x9f, 0xbf], 'ed a0 80': [0xed, 0xa0, 0x80],
  'ef bf bf': [0xef, 0xbf, 0xbf],
  'f0 9f 98 80': [0xf0, 0x9f, 0x98, 0x80], 'f0 8f bf bf': [0xf0, 0x8f, 0xbf, 0xbf],
  'f4 8f bf bf': [0xf4, 0x8f, 0xbf, 0xbf], 'f4 90 80 80': [0xf4, 0x90, 0x80, 0x80],
  'f5 80 80 80': [0xf5, 0x80, 0x80, 0x80], 'f8 88 80 80': [0xf8, 0x88, 0x80, 0x80],
  '80': [0x80], 'bf 80': [0xbf, 0x80], 'ff': [0xff],
  'e2 82': [0xe2, 0x82], 'f0 9f 98': [0xf0, 0x9f, 0x98], 'e2 41': [0xe2, 0x41], 'c3 c3 a9': [0xc3, 0xc3, 0xa9],
};
const fatal = new TextDecoder('utf-8', { fatal: true });
const loose = new TextDecoder();
for (const [name, seq] of Object.entries(sequences)) {
  const seen = new Set();
  const lines = [];
  // The sequence after 0..5 ASCII bytes, then nothing, ASCII or more text.
  for (let before = 0; before <= 5; before++) {
    for (const after of [[], [0x41], [0x41, 0x42, 0x43, 0x44, 0x45], [0xc3, 0xa9, 0x41], seq]) {
      const bytes = Buffer.from([...'abcde'.slice(0, before)].map((c) => c.charCodeAt(0)).concat(seq, after));
      const text = bytes.toString();
      let strict;
      try {
        strict = fatal.decode(bytes) === text ? 'same' : 'differs';
      } catch (e) {
        strict = e.code;
      }
      const line = `${units(text.slice(before))} | fatal ${strict} | loose ${loose.decode(bytes) === text}`;
      if (!seen.has(line)) {
        seen.add(line);
        lines.push(`  [+${before}, +${after.length}] ${line}`);
      }
    }
  }
  console.log(name);
  for (const line of lines) console.log(line);
}

// Deterministic pseudo-random inputs (a 32-bit LCG).
let seed = 12345;
const next = (n) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
};
const pieces = [[0x41], [0x20, 0x62], [0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0xed, 0xa0, 0x80],
  [0xe0, 0x80, 0x80], [0xc0, 0x80], [0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0xf0, 0x9f], [0xff], [0xc3]];
let hLoose = 2166136261, hFatal = 2166136261, fatalErrors = 0;
for (let k = 0; k < 3000; k++) {
  const bytes = [];
  const count = next(24);
  for (let i = 0; i < count; i++) {
    // Mostly well-formed text with ASCII runs, sometimes a bad piece.
    const p = next(10) < 8 ? pieces[next(5)] : pieces[5 + next(pieces.length - 5)];
    const run = next(4) === 0 ? next(20) : 0;
    for (let j = 0; j < run; j++) bytes.push(0x61 + (j % 26));
    bytes.push(...p);
  }
  const buf = Buffer.from(bytes);
  hLoose = hashOf(hLoose, buf.toString());
  hLoose = hashOf(hLoose, loose.decode(buf.subarray(next(3))));
  try {
    hFatal = hashOf(hFatal, fatal.decode(buf));
  } catch {
    fatalErrors++;
  }
}
console.log('random decode', hLoose.toString(16), hFatal.toString(16), fatalErrors);

const unitsPool = [0x61, 0x20, 0xe9, 0x3b1, 0x65e5, 0xd83d, 0xde00, 0xd800, 0xdfff, 0x7ff, 0x800, 0xffff, 0x7f, 0x80];
let hEncode = 2166136261, hWrite = 2166136261, total = 0;
const target = Buffer.alloc(64);
const dest = new Uint8Array(64);
for (let k = 0; k < 3000; k++) {
  let s = '';
  const count = next(30);
  for (let i = 0; i < count; i++) {
    const r = next(10);
    if (r < 3) s += 'abcdefghijklmnopqrstuvwxyz'.slice(0, next(20));
    else if (r < 5) s += '\ud83d\ude00';
    else s += String.fromCharCode(unitsPool[next(unitsPool.length)]);
  }
  const encoded = Buffer.from(s);
  total += Buffer.byteLength(s) - encoded.length;
  hEncode = hashOf(hEncode, encoded);
  hEncode = hashOf(hEncode, new TextEncoder().encode(s));
  // Writes that end before the text does never split a character.
  const cap = next(Math.min(encoded.length + 2, 60));
  target.fill(0);
  const written = target.write(s, 2, cap);
  hWrite = hashOf(hWrite, target.subarray(0, cap + 4));
  const { read, written: intoWritten } = new TextEncoder().encodeInto(s, dest.subarray(0, cap));
  hWrite = hashOf(hWrite, [written, read, intoWritten]);
}
console.log('random encode', hEncode.toString(16), hWrite.toString(16), 'length mismatches', total);

// Long mixed text: the length count works in blocks of 65536 units.
const unit = 'caf\u00e9 \u03b1\u03b2\u03b3 \u65e5\u672c \ud83d\ude00 \ud800x';
let long = '';
while (long.length < 200000) long += unit;
const longBytes = Buffer.from(long);
console.log('long', long.length, Buffer.byteLength(long), longBytes.length, hashOf(2166136261, longBytes).toString(16));
const back = longBytes.toString();
console.log('long round trip', back.length, back === long.replace(/\ud800/g, '\ufffd'), loose.decode(longBytes) === back);
const ascii = 'x'.repeat(70000) + '\u00e9';
console.log('long ascii then one', Buffer.byteLength(ascii), Buffer.from(ascii).toString() === ascii);
