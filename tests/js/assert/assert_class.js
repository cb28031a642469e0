'use strict';
// assert.Assert instances: strict/loose mapping, diff option recorded on
// errors, skipPrototype, construction errors; AssertionError inspection
// shortens long strings.
const assert = require('assert');
const util = require('util');

class A {
  constructor() {
    this.x = 1;
  }
}
class B {
  constructor() {
    this.x = 1;
  }
}
function show(fn) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log(JSON.stringify([e.name, e.code, e.operator, e.diff]));
    console.log(e.message);
  }
}
const full = new assert.Assert({ diff: 'full' });
show(() => full.strictEqual(1, 2));
show(() => full.deepEqual('a'.repeat(600), 'b'));
show(() => full.notStrictEqual('A\n'.repeat(60), 'A\n'.repeat(60)));
const { strictEqual } = full;
show(() => strictEqual(1, 2));
const skip = new assert.Assert({ skipPrototype: true });
show(() => skip.deepStrictEqual(new A(), new B()));
show(() => skip.notDeepStrictEqual(new A(), new B()));
show(() => skip.deepStrictEqual(new A(), { x: 2 }));
show(() => assert.deepStrictEqual(new A(), new B()));
const loose = new assert.Assert({ strict: false });
show(() => loose.equal(1, '1'));
show(() => loose.deepEqual({ a: 1 }, { a: '1' }));
show(() => assert.Assert());
show(() => new assert.Assert({ diff: 'x' }));
show(() => new assert.Assert(5).strictEqual(1, 1));
show(() => new assert.Assert(null).strictEqual(1, 1));
console.log(util.isDeepStrictEqual(new A(), new B(), { skipPrototype: true }), util.isDeepStrictEqual(new A(), new B()));
console.log(util.isDeepStrictEqual([1], { 0: 1, length: 1 }, { skipPrototype: true }));

for (const value of ['A'.repeat(513), 'A'.repeat(1100), 'A\n'.repeat(30)]) {
  try {
    assert.strictEqual(value, 'B');
  } catch (e) {
    const text = util.inspect(e);
    const at = text.indexOf('actual: ');
    console.log(text.slice(at, text.indexOf('\n', at)).length, text.slice(at, at + 40));
  }
}
