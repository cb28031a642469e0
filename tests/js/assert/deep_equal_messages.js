'use strict';
// deepStrictEqual / deepEqual / notDeep*: diffs of sorted, expanded output,
// with long unchanged runs skipped.
const assert = require('assert');

const show = require('./fixtures/show')(['code', 'operator', 'generatedMessage']);
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));

show(() => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 }));
show(() => assert.deepStrictEqual({ b: 1, a: 2 }, { b: 1, a: 3 }));
show(() => assert.deepStrictEqual({ a: { b: { c: { d: 1 } } } }, { a: { b: { c: { d: 2 } } } }));
show(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]));
show(() => assert.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 1, b: 2, c: 3, d: 4 }));
show(() => assert.deepStrictEqual({}, []));
show(() => assert.deepStrictEqual(new Set([1]), new Set([2])));
show(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
show(() => assert.deepStrictEqual(Object.create(null), {}));
show(() => assert.deepStrictEqual([-0], [0]));
show(() => assert.deepStrictEqual(1, '1'));
show(() => assert.deepStrictEqual(new Error('a'), new Error('b')));
show(() => assert.deepStrictEqual([1], ['1']));
show(() => assert.deepStrictEqual(range(10, (i) => i), range(10, (i) => (i === 0 ? -1 : i))));
show(() => assert.deepStrictEqual(range(20, (i) => i), range(20, (i) => (i === 10 ? -1 : i))));
show(() => assert.deepStrictEqual(range(30, (i) => i), range(30, (i) => (i === 3 || i === 25 ? -1 : i))));
show(() => assert.deepStrictEqual(range(12, (i) => i), range(12, (i) => (i >= 3 && i < 9 ? -1 : i))));
for (const len of [7, 8]) {
  show(() => assert.deepStrictEqual(range(len + 3, (i) => i), range(len + 3, (i) => (i === len - 1 ? -1 : i))));
}
show(() => assert.deepStrictEqual({ get x() { return 5; }, y: 1 }, { x: 5, y: 2 }));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'));
show(() => assert.deepEqual({ a: 1 }, { a: 2 }));
show(() => assert.deepEqual({ a: [1, 2, { b: 3 }] }, { a: [1, 2, { b: 4 }] }));
show(() => assert.deepEqual('a'.repeat(600), 'b'));
show(() => assert.deepEqual({ a: 1 }, { a: 2 }, 'custom'));
show(() => assert.deepEqual({ a: 1 }, { a: '1' }));
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show(() => assert.notDeepStrictEqual(1, 1));
show(() => assert.notDeepStrictEqual('abc', 'abc'));
show(() => assert.notDeepEqual({ a: 1 }, { a: '1' }));
show(() => assert.notDeepEqual(1, 1));
show(() => assert.deepStrictEqual(new Date(0), new Date(0)));
show(() => assert.deepStrictEqual(/a/g, /a/i));
