'use strict';
// A plain object or array goes on one line only when no entry holds a line
// break. Line breaks reach an entry from many places (nested multi-line
// objects, split long strings, symbol descriptions, names and tags,
// custom inspect results, errors, getters that throw); each is checked
// here inside plain containers, at several options. Also: containers past
// the depth limit, accessors on array items and object keys.
const util = require('util');

function f() {}
Object.defineProperty(f, 'name', { value: 'a\nb' });
class C {}
Object.defineProperty(C, 'name', { value: 'X\nY' });
const tagged = { [Symbol.toStringTag]: 'T\nU', a: 1 };
const custom = { [util.inspect.custom]() { return 'multi\nline'; } };
const customObj = { [util.inspect.custom]() { return { z: 'a\nb' }; } };
const thrower = { get bad() { throw 'x\ny'; } };
const err = new Error('boom');
err.stack = 'Error: boom\n    at here (file.js:1:1)';
const longText = `${'a'.repeat(20)}\n${'b'.repeat(70)}`;

const items = [1, 2, 3];
Object.defineProperty(items, 1, { get() { return 5; }, enumerable: true });
const setterOnly = [1, 2];
Object.defineProperty(setterOnly, 0, { set(v) {}, enumerable: true });
const accessors = { x: 1 };
Object.defineProperty(accessors, 'y', { get: undefined, set: undefined, enumerable: true });
Object.defineProperty(accessors, 'z', { set(v) {}, enumerable: true });
Object.defineProperty(accessors, 'w', { get() { return { deep: [1, 2] }; }, enumerable: true });

const values = {
  fnName: [f], fnNameInObject: { f }, className: [new C()], classNameInObject: { c: new C() },
  tag: [tagged], tagInObject: { t: tagged }, customString: [custom], customInObject: { c: custom },
  customObject: [customObj], getterThrows: [thrower], getterThrowsInObject: { t: thrower },
  symbolValue: [Symbol('s\nt')], symbolInObject: { s: Symbol('q\nr') }, symbolKey: { [Symbol('k\nl')]: 1 },
  error: [err], errorInObject: { e: err }, longString: [longText], longStringInObject: { k: longText },
  nested: [[1, 2], { a: [f] }], deep: { deeper: { c: custom } }, mapKey: [new Map([['a\nb', 1]])],
  newlineString: ['short\n'], newlineKey: { 'key\nx': 1 }, nullProto: [{ __proto__: null, x: 'a\nb' }],
  pastDepth: { a: { b: { c: { d: 1 }, e: [], f: {}, g: [1], h: { [Symbol('s')]: 1 } } } },
  accessors: [items, setterOnly, accessors],
};
const optionSets = [{}, { getters: true }, { breakLength: 20 }, { depth: 0 }, { colors: true },
  { compact: 1 }, { compact: false }, { compact: true }, { sorted: true }];
for (const [name, value] of Object.entries(values)) {
  for (const opts of optionSets) console.log(`## ${name} ${JSON.stringify(opts)}\n${util.inspect(value, opts)}`);
}
