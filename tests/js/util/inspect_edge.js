'use strict';
// util.inspect edge cases: builtin subclasses show their tag, escaped
// symbol-key descriptions, a throwing Symbol.toStringTag getter, function
// kinds that survive a prototype change.
const util = require('util');

class FooSet extends Set {}
class Settings extends Set {}
class MyMap extends Map {}
class MyPromise extends Promise {}
class MyU8 extends Uint8Array {}
console.log([new FooSet([1]), new Settings(), new MyMap([[1, 2]]), new MyPromise(() => {}), new MyU8(1)]
  .map((v) => util.inspect(v)).join(' | '));
class ThrowingClass {
  get [Symbol.toStringTag]() {
    throw new Error('toStringTag error');
  }
}
console.log(util.inspect(new ThrowingClass()));
console.log(util.inspect({ [Symbol('a\'b')]: 1, [Symbol('x\u0001')]: 2, [Symbol('sym\nbol')]: 3 }));
const gen = function* () {};
Object.setPrototypeOf(gen, Object.getPrototypeOf(async () => {}));
console.log(util.inspect(gen), util.inspect(async function* agen() {}), util.inspect({ async() {} }.async));
const t = util.types;
const fns = [function* () {}, async () => {}, async function* () {}, { *g() {} }.g, { async m() {} }.m, { async() {} }.async];
console.log(fns.map((f) => `${t.isAsyncFunction(f) ? 'A' : '-'}${t.isGeneratorFunction(f) ? 'G' : '-'}`).join(' '));
console.log(util.format('%s %s', { toString: 5 }, () => 5));
console.log(util.format('%s', { [Symbol.toPrimitive]() { return 'prim'; } }), util.format('%s', new Date(0)));
const old = util.inspect.defaultOptions.numericSeparator;
util.inspect.defaultOptions.numericSeparator = true;
console.log(util.format('%d %i %s', 1234567, 7654321, 1234567n));
util.inspect.defaultOptions.numericSeparator = old;
try {
  util.format('%j', { toJSON() { throw new Error('not circular'); } });
} catch (e) {
  console.log('thrown:', e.message);
}
const circular = {};
circular.self = circular;
console.log(util.format('%j', circular));
console.log(JSON.stringify(util.stripVTControlCharacters('\u001b]8;;http://x\u009clink\u001b]8;;\u009c \u009b31mred')));
