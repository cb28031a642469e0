'use strict';
// ArrayBuffers are copied; views sharing one buffer share its copy.
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
const u8 = new Uint8Array(ab, 2, 4);
const dv = new DataView(ab, 1, 5);
const u16 = new Uint16Array(ab, 4);
const c = structuredClone({ ab, u8, dv, u16 });
console.log(c.ab !== ab, c.u8.buffer === c.ab, c.dv.buffer === c.ab, c.u16.buffer === c.ab);
console.log(c.u8, c.u8.byteOffset, c.dv.byteOffset, c.dv.byteLength, c.u16.length);
new Uint8Array(ab)[2] = 99;
console.log(c.u8[0], u8[0]);

for (const T of [Int8Array, Uint8ClampedArray, Int16Array, Int32Array, Uint32Array, Float32Array,
  Float64Array, BigInt64Array, BigUint64Array]) {
  const src = T.name.startsWith('Big') ? new T([1n, 2n]) : new T([1, 2]);
  const tc = structuredClone(src);
  console.log(T.name, tc.constructor === T, tc.length, String(tc), tc.buffer !== src.buffer);
}

const sub = new (class extends Uint8Array {})(2);
console.log(Object.getPrototypeOf(structuredClone(sub)) === Uint8Array.prototype);
const withProp = Object.assign(new Uint8Array(1), { x: 1 });
console.log(structuredClone(withProp).x);

console.log(structuredClone(new Uint8Array(0)).length, structuredClone(new ArrayBuffer(0)).byteLength);

const rab = new ArrayBuffer(4, { maxByteLength: 16 });
const rc = structuredClone(rab);
console.log(rc.resizable, rc.maxByteLength, rc.byteLength);

const detached = new ArrayBuffer(4);
detached.transfer();
for (const v of [detached, [detached], { d: detached }]) {
  try {
    structuredClone(v);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
