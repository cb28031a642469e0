'use strict';
// assert.ok / assert(): without a message the failing call is quoted from
// the source file. (Block bodies: JSC drops the frame of a strict-mode
// call in tail position, so an arrow `() => assert.ok(x)` has no line.)
const assert = require('assert');

const show = require('./fixtures/show')(['code', 'operator', 'generatedMessage', 'actual', 'expected']);
const x = 0;
show(() => { assert.ok(x === 1); });
show(() => { assert(null); });
show(() => { assert.ok(''); });
show(() => { assert(x, undefined); });
show(() => { assert.ok(typeof x === 'string' && (x > 1)); });
show(() => { assert.ok(); });
show(() => { assert.ok(false, 'own message'); });
show(() => { assert.ok(0, new RangeError('own error')); });
show(() => { assert.strict(0); });
show(() => { assert.ok(1); });
show(() => { assert(true); });
const { ok } = assert;
show(() => { ok(false); });
show(() => {
  assert.ok(x === 1,
            undefined);
});
