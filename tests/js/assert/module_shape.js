'use strict';
// The exports of node:assert and node:assert/strict.
const assert = require('assert');
const strict = require('assert/strict');

console.log(typeof assert, Object.keys(assert));
console.log(Object.keys(strict));
console.log(strict === assert.strict, strict.strict === strict, require('node:assert') === assert);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual,
            strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(assert.ok.name, assert.strictEqual.name, assert.throws.length, assert.deepEqual.length);

try {
  strict.equal(1, '1');
} catch (e) {
  console.log(e.operator, e.message);
}
try {
  strict(false, 'strict call');
} catch (e) {
  console.log(e.message);
}
try {
  strict.deepEqual({ a: 1 }, { a: '1' });
} catch (e) {
  console.log(e.operator);
}

const a = new assert.Assert();
console.log(Object.keys(a));
try {
  a.equal(1, '1');
} catch (e) {
  console.log(e.operator);
}
const loose = new assert.Assert({ strict: false });
loose.equal(1, '1');
console.log('loose ok', Object.keys(loose));
try {
  new assert.Assert({ diff: 'x' });
} catch (e) {
  console.log(e.code, e.message);
}
