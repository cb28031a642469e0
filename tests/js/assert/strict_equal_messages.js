'use strict';
// strictEqual / notStrictEqual: inline "a !== b" for short primitives, a
// "+ actual - expected" diff otherwise, with a caret under the first change.
const assert = require('assert');

const show = require('./fixtures/show')(['name', 'code', 'operator', 'generatedMessage']);

show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual('a', 'b'));
show(() => assert.strictEqual(1, '1'));
show(() => assert.strictEqual(NaN, 0));
show(() => assert.strictEqual(1n, 2n));
show(() => assert.strictEqual(true, false));
show(() => assert.strictEqual(undefined, null));
show(() => assert.strictEqual(0, -0));
show(() => assert.strictEqual('abcdef', 'abcdeg'));
show(() => assert.strictEqual('abcdefg', 'abcdefh'));
show(() => assert.strictEqual('xbcdefgh', 'ybcdefgh'));
show(() => assert.strictEqual('foo\nbar', 'foo\nbaz'));
show(() => assert.strictEqual(100000, 1000000));
show(() => assert.strictEqual(1234567, 1234568));
show(() => assert.strictEqual('a'.repeat(60) + 'x', 'a'.repeat(60) + 'y'));
show(() => assert.strictEqual(Symbol('s'), Symbol('s')));
show(() => assert.strictEqual({ a: 1 }, { a: 1 }));
show(() => assert.strictEqual([1, 2, 3], [1, 2, 4]));
show(() => assert.strictEqual(function f() {}, function f() {}));
show(() => assert.strictEqual(new Number(1), 1));
show(() => assert.strictEqual(1, 2, 'custom text'));
show(() => assert.strictEqual(1, 2, new TypeError('own error')));
show(() => assert.strictEqual(NaN, NaN));
show(() => assert.notStrictEqual(1, 1));
show(() => assert.notStrictEqual('a\nb', 'a\nb'));
show(() => assert.notStrictEqual(123456789012345, 123456789012345));
const same = { a: 1 };
show(() => assert.notStrictEqual(same, same));
show(() => assert.notStrictEqual(1, 2));
show(() => assert.strictEqual(1));
