'use strict';
// Argument checks, and the global's shape.
try {
  structuredClone();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(structuredClone(undefined));
console.log(typeof structuredClone, structuredClone.name, structuredClone.length);
const desc = Object.getOwnPropertyDescriptor(globalThis, 'structuredClone');
console.log(desc.configurable, typeof (desc.value || desc.get));
try {
  structuredClone(1, { get transfer() { throw new Error('from getter'); } });
} catch (e) {
  console.log(e.name, e.message);
}
