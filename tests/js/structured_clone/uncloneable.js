'use strict';
// Values the algorithm refuses: DataCloneError (code 25) naming the value.
function tryClone(label, v) {
  try {
    structuredClone(v);
    console.log(label, 'cloned');
  } catch (e) {
    console.log(label, e instanceof DOMException, e.name, e.code, JSON.stringify(e.message));
  }
}
tryClone('arrow', () => {});
tryClone('function', function foo(a) { return a; });
tryClone('class', class A {});
tryClone('async', async () => {});
tryClone('symbol', Symbol('x'));
tryClone('well-known symbol', Symbol.iterator);
tryClone('nested function', { a: { b: [1, () => 2] } });
tryClone('map value', new Map([[1, () => 1]]));
tryClone('set symbol', new Set([Symbol('in set')]));
tryClone('weakmap', new WeakMap());
tryClone('weakset', new WeakSet());
tryClone('weakref', new WeakRef({}));
tryClone('registry', new FinalizationRegistry(() => {}));
tryClone('promise', Promise.resolve(1));
tryClone('proxy', new Proxy({}, {}));
tryClone('proxy array', new Proxy([], {}));
tryClone('proxy function', new Proxy(function target() {}, {}));
tryClone('symbol object', Object(Symbol('boxed')));
tryClone('generator', (function* gen() {})());
tryClone('array iterator', [1].values());
tryClone('map iterator', new Map().keys());
tryClone('string iterator', 'ab'[Symbol.iterator]());
tryClone('arguments', (function() { return arguments; })(1));
tryClone('global', globalThis);
tryClone('symbol key only', { [Symbol('k')]: () => 1, fine: 1 });
tryClone('non-enumerable function', Object.defineProperty({}, 'f', { value() {} }));
tryClone('URL', new URL('http://example.com/'));
tryClone('URLSearchParams', new URLSearchParams('a=1'));
// A Symbol.toStringTag alone does not make an object a built-in.
console.log(structuredClone({ [Symbol.toStringTag]: 'Map', a: 1 }), structuredClone({ [Symbol.toStringTag]: 'URL' }));
class Tagged {
  constructor() { this.v = 1; }
  get [Symbol.toStringTag]() { return 'Date'; }
}
console.log(structuredClone(new Tagged()));
