'use strict';
// options.transfer: transferred ArrayBuffers are detached and their
// contents move to the copy.
const ab = new ArrayBuffer(4);
new Uint8Array(ab)[0] = 7;
const view = new Uint8Array(ab);
const r = structuredClone({ ab, view }, { transfer: [ab] });
console.log(ab.detached, ab.byteLength, view.length);
console.log(r.ab.byteLength, r.view.buffer === r.ab, r.view[0]);

const notInValue = new ArrayBuffer(2);
console.log(structuredClone('v', { transfer: [notInValue] }), notInValue.detached);
const viaSet = new ArrayBuffer(2);
structuredClone(0, { transfer: new Set([viaSet]) });
console.log(viaSet.detached);

// Nothing is detached when the clone fails.
const kept = new ArrayBuffer(2);
try {
  structuredClone({ kept, f() {} }, { transfer: [kept] });
} catch (e) {
  console.log(e.name, e.message, kept.detached);
}

function tryClone(label, value, options) {
  try {
    structuredClone(value, options);
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
const detached = new ArrayBuffer(1);
detached.transfer();
const dup = new ArrayBuffer(1);
tryClone('undefined transfer', 1, { transfer: undefined });
tryClone('null options', 1, null);
tryClone('function options', 1, () => {});
tryClone('number options', 1, 2);
tryClone('string options', 1, 'x');
tryClone('null transfer', 1, { transfer: null });
tryClone('number transfer', 1, { transfer: 1 });
tryClone('string transfer', 1, { transfer: 'ab' });
tryClone('primitive item', 1, { transfer: [new ArrayBuffer(1), 1] });
tryClone('object item', 1, { transfer: [{}] });
tryClone('view item', 1, { transfer: [new Uint8Array(1)] });
tryClone('duplicate', 1, { transfer: [dup, dup] });
tryClone('duplicate before invalid', 1, { transfer: [dup, dup, {}] });
tryClone('detached', 1, { transfer: [detached] });
tryClone('detached before bad value', () => 1, { transfer: [detached] });
console.log(dup.detached);
