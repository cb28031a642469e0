'use strict';
// crypto.getRandomValues: integer typed arrays only, at most 65536 bytes,
// filled in place and returned.
function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e instanceof DOMException);
  }
}
for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  BigInt64Array, BigUint64Array]) {
  const a = new T(8);
  const r = crypto.getRandomValues(a);
  console.log(T.name, r === a, r.length);
}
attempt('float32', () => crypto.getRandomValues(new Float32Array(1)));
attempt('float64', () => crypto.getRandomValues(new Float64Array(1)));
attempt('dataview', () => crypto.getRandomValues(new DataView(new ArrayBuffer(1))));
attempt('arraybuffer', () => crypto.getRandomValues(new ArrayBuffer(1)));
attempt('number', () => crypto.getRandomValues(1));
attempt('undefined', () => crypto.getRandomValues(undefined));
attempt('no args', () => crypto.getRandomValues());
attempt('65536 bytes', () => crypto.getRandomValues(new Uint8Array(65536)).length);
attempt('65537 bytes', () => crypto.getRandomValues(new Uint8Array(65537)));
attempt('16385 uint32', () => crypto.getRandomValues(new Uint32Array(16385)));
attempt('empty', () => crypto.getRandomValues(new Uint8Array(0)).length);
attempt('bad this', () => crypto.getRandomValues.call({}, new Uint8Array(1)));
attempt('unbound', () => { const g = crypto.getRandomValues; return g(new Uint8Array(1)); });

// A view into a larger buffer only touches its own bytes.
const whole = new Uint8Array(64);
const view = new Uint8Array(whole.buffer, 16, 32);
let changed = false;
for (let i = 0; i < 4 && !changed; i++) {
  crypto.getRandomValues(view);
  changed = view.some((b) => b !== 0);
}
console.log('view filled', changed, whole.subarray(0, 16).every((b) => b === 0), whole.subarray(48).every((b) => b === 0));

// Two fills of 64 bytes differ (a collision has probability 2^-512).
const a = crypto.getRandomValues(new Uint8Array(64));
const b = crypto.getRandomValues(new Uint8Array(64));
console.log('distinct', a.some((x, i) => x !== b[i]));
