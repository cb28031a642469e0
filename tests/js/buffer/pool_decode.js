'use strict';
// base64 and hex text decoded into pooled Buffers: a result shorter than the
// length estimate (skipped characters, odd or invalid hex) must not overlap
// the next pooled Buffer, and each keeps its own bytes.
const made = [];
const inputs = [
  ['aGVsbG8gd29ybGQ=', 'base64'], [' aG\nVs\tbG8 = ', 'base64'], ['aG*Vs!bG8', 'base64'], ['YW=Jj', 'base64'],
  ['68656c6c6f', 'hex'], ['6865zz6c6f', 'hex'], ['686', 'hex'], ['_-8', 'base64url'], ['aGVsbG8', 'base64url'],
  ['Zm9v', 'base64'],
];
for (let round = 0; round < 3; round++) {
  for (const [text, encoding] of inputs) made.push([text, encoding, Buffer.from(text, encoding)]);
}
for (const [text, encoding, b] of made.slice(0, inputs.length)) {
  console.log(JSON.stringify(text), encoding, b.length, b.toString('hex'));
}
let disjoint = true;
let same = true;
for (let i = 0; i < made.length; i++) {
  const a = made[i][2];
  for (let j = i + 1; j < made.length; j++) {
    const b = made[j][2];
    if (a.buffer === b.buffer && a.length && b.length &&
        a.byteOffset < b.byteOffset + b.length && b.byteOffset < a.byteOffset + a.length) disjoint = false;
  }
  const again = Buffer.from(made[i][0], made[i][1]);
  if (!again.equals(a)) same = false;
}
console.log('disjoint', disjoint, 'stable', same);
// Filling one result leaves the others alone.
made[1][2].fill(0xee);
console.log('after fill', made[0][2].toString('hex'), made[2][2].toString('hex'), made[1][2].toString('hex'));
