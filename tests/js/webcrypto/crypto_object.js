'use strict';
// The `crypto` global and Crypto class.
console.log(typeof crypto, crypto instanceof Crypto, Object.prototype.toString.call(crypto));
console.log(crypto === require('crypto').webcrypto);
console.log(Object.keys(crypto), Object.getOwnPropertyNames(crypto));
for (const key of ['getRandomValues', 'randomUUID']) {
  const d = Object.getOwnPropertyDescriptor(Crypto.prototype, key);
  console.log(key, typeof d.value, d.enumerable, d.writable, d.configurable, d.value.length);
}
const tag = Object.getOwnPropertyDescriptor(Crypto.prototype, Symbol.toStringTag);
console.log(tag.value, tag.enumerable, tag.writable);
try {
  new Crypto();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
const g = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log(g.configurable);
