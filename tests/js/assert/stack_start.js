'use strict';
// new AssertionError({ stackStartFn }) drops the frames up to that function
// from the stack; the older option name stackStartFunction does the same,
// and stackStartFn wins when both are given.
const assert = require('assert');

// The calls below are kept out of tail position: JSC drops the frame of a
// strict-mode tail call, which would hide outerFrame from every stack.
function outerFrame(options) {
  const seen = (function innerFrame() {
    const err = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', ...options(innerFrame) });
    const found = ['innerFrame', 'outerFrame'].map((name) => `${name}:${err.stack.includes(name)}`);
    return found.join(' ');
  })();
  return seen;
}

console.log('none', outerFrame(() => ({})));
console.log('stackStartFn', outerFrame((inner) => ({ stackStartFn: inner })));
console.log('stackStartFunction', outerFrame((inner) => ({ stackStartFunction: inner })));
console.log('outer', outerFrame(() => ({ stackStartFunction: outerFrame })));
console.log('both', outerFrame((inner) => ({ stackStartFn: inner, stackStartFunction: outerFrame })));
const err = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', stackStartFunction: outerFrame });
console.log(Object.keys(err), err.message.split('\n')[0]);
