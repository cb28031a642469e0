'use strict';
// equal/notEqual, fail, ifError, match/doesNotMatch, AssertionError itself.
const assert = require('assert');

const show = require('./fixtures/show')(['name', 'code', 'operator', 'generatedMessage']);

show(() => assert.equal(1, 2));
show(() => assert.equal(1, '1'));
show(() => assert.equal(NaN, NaN));
show(() => assert.equal(null, undefined));
show(() => assert.equal({ a: 1 }, { a: 1 }));
show(() => assert.equal(1, 2, 'custom'));
show(() => assert.notEqual(1, '1'));
show(() => assert.notEqual(NaN, NaN));
show(() => assert.notEqual(1, 2));
show(() => assert.equal());
show(() => assert.fail());
show(() => assert.fail('boom'));
show(() => assert.fail(new TypeError('typed')));
show(() => assert.match('abc', /x/));
show(() => assert.match('abc', /b/));
show(() => assert.match(1, /x/));
show(() => assert.match('abc', 'a'));
show(() => assert.match('abc', /x/, 'custom'));
show(() => assert.doesNotMatch('abc', /b/));
show(() => assert.doesNotMatch('abc', /x/));
show(() => assert.ifError(null));
show(() => assert.ifError(undefined));
show(() => assert.ifError(new Error('e1')));
show(() => assert.ifError('str'));
show(() => assert.ifError(0));
show(() => assert.ifError(new TypeError('')));

const err = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(err.message, err.generatedMessage, err.name, err.code, err instanceof Error);
console.log(Object.keys(err), String(err).split('\n')[0]);
const own = new assert.AssertionError({ message: 'hi', actual: 1 });
console.log(own.message, own.generatedMessage, own.actual, own.expected, own.operator);
console.log(JSON.stringify(new assert.AssertionError({ actual: 1, expected: 2, operator: 'deepEqual' }).message));
console.log(JSON.stringify(new assert.AssertionError({ actual: 1, expected: 2, operator: 'foo' }).message));
show(() => new assert.AssertionError());
show(() => new assert.AssertionError('text'));
console.log(assert.AssertionError.name, assert.AssertionError.length);
console.log(require('util').inspect(err).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
