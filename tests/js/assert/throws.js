'use strict';
// assert.throws / doesNotThrow against classes, RegExps, validation
// functions and objects; bad arguments.
const assert = require('assert');

const show = require('./fixtures/show')(['name', 'code', 'operator', 'generatedMessage']);
const thrower = (err) => () => { throw err; };
const withFields = () => {
  const e = new Error('x');
  e.code = 'E_X';
  e.foo = { bar: 'abc', z: 1 };
  return e;
};

show(() => assert.throws(() => {}));
show(() => assert.throws(() => {}, 'msg'));
show(() => assert.throws(() => {}, TypeError));
show(() => assert.throws(() => {}, TypeError, 'msg'));
show(() => assert.throws(thrower(new Error('x')), TypeError));
show(() => assert.throws(thrower(null), TypeError));
show(() => assert.throws(thrower(new Error('x')), Error));
show(() => assert.throws(thrower(new Error('x')), /x/));
show(() => assert.throws(thrower(new Error('x')), /y/));
show(() => assert.throws(thrower(new Error('x')), /y/, 'mine'));
show(() => assert.throws(thrower(new Error('x')), { message: 'x' }));
show(() => assert.throws(thrower(new Error('x')), { message: 'y' }));
show(() => assert.throws(thrower(new Error('x')), { message: /y/, name: 'Error' }));
show(() => assert.throws(thrower(new Error('x')), { message: /x/, name: 'TypeError' }));
show(() => assert.throws(thrower(withFields()), { code: 'E_X', foo: { bar: 'abc', z: 1 } }));
show(() => assert.throws(thrower(withFields()), { code: 'E_Y' }));
show(() => assert.throws(thrower(withFields()), { foo: { bar: /a/ } }));
show(() => assert.throws(thrower(withFields()), { missing: 1 }));
show(() => assert.throws(thrower('str'), { code: 'A' }));
show(() => assert.throws(thrower(new Error('x')), new Error('x')));
show(() => assert.throws(thrower(new Error('x')), new Error('y')));
show(() => assert.throws(thrower(new Error('x')), (e) => e.message === 'x'));
show(() => assert.throws(thrower(new Error('x')), () => false));
show(() => assert.throws(thrower(new Error('x')), function check() { return 'x'; }));
show(() => assert.throws('notfn'));
show(() => assert.throws(() => {}, 'x', 'y'));
show(() => assert.throws(thrower(new Error('x')), 'x'));
show(() => assert.throws(thrower('x'), 'x'));
show(() => assert.throws(thrower(new Error('x')), {}));
show(() => assert.throws(thrower(new Error('x')), 5));
show(() => assert.doesNotThrow(() => {}));
show(() => assert.doesNotThrow(thrower(new Error('x'))));
show(() => assert.doesNotThrow(thrower(new Error('x')), 'msg'));
show(() => assert.doesNotThrow(thrower(new Error('x')), TypeError));
show(() => assert.doesNotThrow(thrower(new TypeError('x')), TypeError, 'hello'));
show(() => assert.doesNotThrow(thrower(new TypeError('x')), /x/));
show(() => assert.doesNotThrow(thrower(new TypeError('x')), /nope/));
show(() => assert.doesNotThrow(thrower(new Error('q')), 5));
