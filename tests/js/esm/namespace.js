// Namespace objects: null prototype, sorted keys, not extensible,
// @@toStringTag 'Module', read-only.
import * as ns from './basic/lib.js';

console.log(Object.getPrototypeOf(ns), Object.isExtensible(ns), ns[Symbol.toStringTag]);
console.log(Object.prototype.toString.call(ns), Reflect.ownKeys(ns));
for (const attempt of [() => { ns.one = 2; }, () => { ns.added = 1; }, () => { delete ns.one; }]) {
  try {
    attempt();
    console.log('no error');
  } catch (err) {
    console.log(err.name);
  }
}
console.log(ns.one, 'one' in ns, 'nope' in ns, JSON.stringify(ns));
const tag = Object.getOwnPropertyDescriptor(ns, Symbol.toStringTag);
console.log(tag.value, tag.writable, tag.enumerable, tag.configurable);
