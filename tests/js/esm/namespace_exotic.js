// Module namespace objects as ECMA-262 10.4.6 defines them: exports are
// data properties (writable, enumerable, not configurable) holding the
// live value; the object is sealed but not frozen, cannot be extended,
// written or deleted from, keeps a null prototype, sorts its keys by code
// unit, and util.inspect / util.types know it.
import * as ns from './namespace_exotic/lib.js';
import * as self from './namespace_exotic.js';
import * as empty from './namespace_exotic/empty.js';
import * as fsNs from 'node:fs';
import { report } from './namespace_exotic/report.js';
import { createRequire } from 'node:module';
import util from 'node:util';

export let value = 'main';
report('cycle, after init', self);

const show = (what) => {
  try {
    console.log(what());
  } catch (err) {
    console.log(err.name);
  }
};

// Descriptors: live values.
console.log(Object.getOwnPropertyDescriptor(ns, 'count'));
ns.bump();
console.log(Object.getOwnPropertyDescriptor(ns, 'count'), ns.count, ns[9], ns.B);
console.log(Object.getOwnPropertyDescriptor(ns, Symbol.toStringTag));
console.log(Object.getOwnPropertyDescriptor(ns, 'missing'), Object.getOwnPropertyDescriptor(ns, Symbol.iterator));
console.log(Object.getOwnPropertyDescriptors(ns).late);

// Integrity levels.
console.log(Object.isFrozen(ns), Object.isSealed(ns), Object.isExtensible(ns));
console.log(Object.isFrozen(empty), Object.isSealed(empty), Object.isExtensible(empty));

// Keys by code unit (array-index names are not first).
console.log(Object.keys(ns), Reflect.ownKeys(ns));
console.log(Object.entries(ns).map(([k]) => k).join(), JSON.stringify(ns), { ...ns }.count);
const inLoop = [];
for (const key in ns) inLoop.push(key);
console.log(inLoop.join());

// Writes, deletes, new properties (strict code: TypeError).
show(() => { ns.count = 5; });
show(() => { ns.count = ns.count; });
show(() => { ns.added = 1; });
show(() => { ns[Symbol.iterator] = 1; });
show(() => delete ns.count);
show(() => delete ns[Symbol.toStringTag]);
show(() => delete ns.missing);
show(() => delete ns[Symbol.iterator]);
console.log(Reflect.set(ns, 'count', 2), Reflect.set(ns, 'added', 2), Reflect.deleteProperty(ns, 'count'),
  Reflect.deleteProperty(ns, 'missing'), ns.count);

// [[DefineOwnProperty]]: succeeds only when it would change nothing.
const current = ns.count;
for (const desc of [{}, { value: current }, { value: current + 1 }, { writable: true }, { writable: false },
  { enumerable: true }, { enumerable: false }, { configurable: false }, { configurable: true },
  { value: current, writable: true, enumerable: true, configurable: false }, { get() {} }, { set(v) {} }]) {
  console.log(JSON.stringify(desc), Reflect.defineProperty(ns, 'count', desc));
}
console.log(Reflect.defineProperty(ns, 'missing', { value: 1 }), Reflect.defineProperty(ns, Symbol.toStringTag, { value: 'Module' }),
  Reflect.defineProperty(ns, Symbol.toStringTag, { value: 'Other' }), Reflect.defineProperty(ns, Symbol.iterator, { value: 1 }));
show(() => Object.defineProperty(ns, 'count', { value: current }) === ns);
show(() => Object.defineProperty(ns, 'count', { value: -1 }));
show(() => Object.freeze(ns));
show(() => Object.seal(ns) === ns);
show(() => Object.preventExtensions(ns) === ns);
console.log(Object.isFrozen(empty), Object.freeze(empty) === empty, Object.isFrozen(empty));

// Prototype: null for good.
console.log(Object.getPrototypeOf(ns), Reflect.setPrototypeOf(ns, null), Reflect.setPrototypeOf(ns, {}),
  Reflect.preventExtensions(ns), Reflect.isExtensible(ns));
show(() => Object.setPrototypeOf(ns, Object.prototype));
show(() => { ns.__proto__ = {}; });

// Lookups.
console.log('count' in ns, '9' in ns, 'missing' in ns, Symbol.toStringTag in ns, 'toString' in ns,
  ns.missing, ns[Symbol.iterator], ns[Symbol.toStringTag], Object.prototype.toString.call(ns));
console.log(Object.hasOwn(ns, 'late'), Object.prototype.propertyIsEnumerable.call(ns, 'late'),
  Object.prototype.propertyIsEnumerable.call(ns, Symbol.toStringTag));

// Inspection and util.types.
console.log(ns);
console.log(util.inspect(empty), util.inspect(empty, { showHidden: true }));
console.log(util.inspect(ns, { depth: 0, breakLength: Infinity }), util.inspect({ ns }, { depth: 0 }));
console.log(util.inspect(ns, { showProxy: true, breakLength: Infinity }));
console.log(util.format('%s|%j', empty, empty));
const emptyAgain = await import('./namespace_exotic/empty.js');
console.log(emptyAgain === empty);
for (const value of [ns, empty, fsNs, emptyAgain,
  Object.preventExtensions({ __proto__: null, [Symbol.toStringTag]: 'Module' }),
  new Proxy(ns, {}), {}, null, 'Module']) {
  console.log(util.types.isModuleNamespaceObject(value), util.types.isProxy(value));
}
console.log(fsNs.readFileSync === createRequire(import.meta.url)('fs').readFileSync, Object.isSealed(fsNs),
  Object.getOwnPropertyDescriptor(fsNs, 'default').writable);

// require() of an ES module with a default export: a second namespace,
// with __esModule.
const required = createRequire(import.meta.url)('./namespace_exotic/require.cjs');
console.log(required, util.types.isModuleNamespaceObject(required), required === await import('./namespace_exotic/with_default.js'));
console.log(Object.getOwnPropertyDescriptor(required, '__esModule'), Object.isSealed(required), Object.isFrozen(required));

// A namespace whose bindings can no longer change behaves the same.
const settled = await import('./namespace_exotic/settled.js');
console.log(settled, Object.getOwnPropertyDescriptor(settled, 'value'), Reflect.ownKeys(settled));
console.log(Object.isFrozen(settled), Object.isSealed(settled), Object.isExtensible(settled));
show(() => { settled.value = 2; });
show(() => { settled.added = 2; });
show(() => delete settled.value);
console.log(Reflect.set(settled, 'value', 1), Reflect.deleteProperty(settled, 'value'), Reflect.deleteProperty(settled, 'nope'),
  Reflect.deleteProperty(settled, Symbol.toStringTag), settled.value);
for (const desc of [{}, { value: 1 }, { value: 2 }, { writable: false }, { enumerable: false }, { configurable: true },
  { value: 1, writable: true, enumerable: true, configurable: false }, { get() {} }]) {
  console.log(JSON.stringify(desc), Reflect.defineProperty(settled, 'value', desc));
}
console.log(Reflect.defineProperty(settled, 'nope', { value: 1 }), Reflect.defineProperty(settled, Symbol.toStringTag, { value: 'Module' }),
  Reflect.defineProperty(settled, Symbol.toStringTag, { value: 'x' }), Reflect.defineProperty(settled, Symbol.iterator, { value: 1 }));
console.log(Reflect.setPrototypeOf(settled, {}), Reflect.setPrototypeOf(settled, null), 'value' in settled, settled.nope,
  settled[Symbol.toStringTag], util.types.isModuleNamespaceObject(settled), util.types.isProxy(settled));
