'use strict';
// assert.partialDeepStrictEqual: expected describes part of actual.
const assert = require('assert');

function check(label, actual, expected) {
  try {
    assert.partialDeepStrictEqual(actual, expected);
    console.log(label, 'pass');
  } catch (e) {
    console.log(label, 'fail', e.code, e.operator);
  }
}
check('subset keys', { a: 1, b: 2 }, { a: 1 });
check('nested', { a: { b: 1, c: 2 }, d: 3 }, { a: { b: 1 } });
check('wrong value', { a: 1, b: 2 }, { a: 2 });
check('array subsequence', [1, 2, 3, 4], [2, 4]);
check('array order', [1, 2, 3, 4], [4, 2]);
check('array count', [1, 2, 2], [2, 2, 2]);
check('array of objects', [{ a: 1, b: 2 }], [{ a: 1 }]);
check('set', new Set([1, { a: 1, b: 2 }]), new Set([{ a: 1 }]));
check('set missing', new Set([1]), new Set([2]));
check('map', new Map([[1, { x: 1, y: 2 }]]), new Map([[1, { x: 1 }]]));
check('map missing', new Map([[1, 2]]), new Map([[2, 2]]));
check('primitive', 1, 1);
check('primitive diff', 1, 2);
check('date', { d: new Date(5) }, { d: new Date(5) });
check('date diff', { d: new Date(5) }, { d: new Date(6) });
try {
  assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 2 });
} catch (e) {
  console.log(e.message);
}
try {
  assert.partialDeepStrictEqual({ a: 1 });
} catch (e) {
  console.log(e.code, e.message);
}
