// A new context has its own builtins; objects still pass in and out.
const vm = require('vm');

const arr = vm.runInNewContext('[1, 2, 3]');
console.log(arr instanceof Array, Array.isArray(arr), arr.length);
console.log(vm.runInNewContext('Array') === Array, vm.runInNewContext('Object.prototype') === Object.prototype);
console.log(Object.getPrototypeOf(vm.runInNewContext('({})')) === Object.prototype);
const fn = vm.runInNewContext('(function () {})');
console.log(fn instanceof Function, typeof fn);

// Objects given to the context keep their identity and prototype.
const mine = { tag: 'x' };
const ctx = vm.createContext({ mine, Array });
console.log(vm.runInContext('mine', ctx) === mine, vm.runInContext('[] instanceof Array', ctx));
vm.runInContext('mine.seen = true; mine.fromInside = { n: 1 }', ctx);
console.log(mine.seen, Object.getPrototypeOf(mine.fromInside) === Object.prototype);

// Node's globals are not in a new context; JS builtins are.
console.log(vm.runInNewContext(
  '[typeof require, typeof process, typeof module, typeof setTimeout, typeof JSON, typeof Promise, typeof globalThis]'));

// Errors made in the context are its own Error instances.
const err = vm.runInNewContext('new RangeError("out")');
console.log(err instanceof Error, err instanceof RangeError, err.name, err.message,
  Object.prototype.toString.call(err));
console.log(err.stack.split('\n')[0]);
try {
  vm.runInNewContext('throw new TypeError("thrown")');
} catch (e) {
  console.log(e instanceof TypeError, e.name, e.message);
}
try {
  vm.runInNewContext('undefinedName');
} catch (e) {
  console.log(e.name, e instanceof ReferenceError);
}

// DONT_CONTEXTIFY gives the new global object itself.
const g = vm.createContext(vm.constants.DONT_CONTEXTIFY);
console.log(typeof g, vm.isContext(g), vm.runInContext('var q = 1; this', g) === g, g.q, g.Array === Array);
console.log(Object.keys(vm.constants), typeof vm.constants.DONT_CONTEXTIFY, String(vm.constants.DONT_CONTEXTIFY));

// A context's global object prints as a plain object and is no Proxy.
const plainGlobal = vm.runInNewContext('this');
console.log(plainGlobal, require('util').types.isProxy(plainGlobal), Object.prototype.toString.call(plainGlobal));
console.log(vm.runInNewContext('typeof globalThis[Symbol.toStringTag]'));
