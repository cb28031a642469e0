// A contextified object is the global scope of its context: globals are
// read from it, and declarations and assignments land on it.
const vm = require('vm');

const sandbox = { a: 1, list: [1, 2] };
console.log(vm.createContext(sandbox) === sandbox, vm.isContext(sandbox), vm.isContext({}));

console.log(vm.runInContext('a + list.length', sandbox));
vm.runInContext('var v = 10; function f() { return v * 2; } w = 3; this.t = 4; globalThis.u = 5; let l = 6; const c = 7;',
  sandbox);
console.log(Object.keys(sandbox).sort(), sandbox.v, sandbox.f(), sandbox.w, sandbox.t, sandbox.u);
console.log('let/const stay in the context:', 'l' in sandbox, 'c' in sandbox, vm.runInContext('l + c', sandbox));

// Changes made from outside are seen inside, declared names included.
sandbox.v = 100;
sandbox.a = 'changed';
sandbox.added = 'new';
console.log(vm.runInContext('[v, f(), a, added, typeof missing]', sandbox));

// Assignments inside update the sandbox, also through functions kept outside.
vm.runInContext('v = 7; a = "inside"', sandbox);
console.log(sandbox.v, sandbox.f(), sandbox.a);
const bump = vm.runInContext('(function () { counter = (typeof counter === "number" ? counter : 0) + 1; })', sandbox);
bump();
bump();
console.log(sandbox.counter);

// Redeclaring in a later script keeps one binding.
vm.runInContext('var v = 8; function f() { return v + 1; }', sandbox);
console.log(sandbox.v, sandbox.f(), vm.runInContext('f()', sandbox));

// Deleting in the context deletes on the sandbox.
vm.runInContext('delete w; delete globalThis.u', sandbox);
console.log('w' in sandbox, 'u' in sandbox);

// The global's keys show the sandbox's.
const keys = vm.runInContext('Object.keys(globalThis)', sandbox);
console.log(['a', 'list', 'added'].every((k) => keys.includes(k)));
console.log(vm.runInContext('typeof a + " " + ("a" in globalThis) + " " + globalThis.hasOwnProperty("a")', sandbox));

// The sandbox can shadow the context's own builtins.
const shadow = vm.createContext({ Math: { max: () => 'mine' } });
console.log(vm.runInContext('Math.max(1, 2)', shadow));

// The global object itself is not the sandbox.
console.log(vm.runInContext('this', sandbox) === sandbox, vm.runInContext('typeof this', sandbox));

// Two contexts do not share globals.
const other = vm.createContext({});
vm.runInContext('var only = 1', other);
console.log('only' in sandbox, other.only);

// createContext() without an object makes an empty one.
const empty = vm.createContext();
console.log(Object.keys(empty), vm.isContext(empty));
vm.runInContext('var z = 1', empty);
console.log(empty.z);

// Properties defined on the context's global land on the sandbox too.
const defs = vm.createContext({});
vm.runInContext(`
  Object.defineProperty(globalThis, 'defined', { value: 1, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(globalThis, 'hidden', { value: 2, enumerable: false, configurable: true });
`, defs);
console.log(defs.defined, Object.getOwnPropertyDescriptor(defs, 'hidden'), vm.runInContext('defined + hidden', defs));
