'use strict';
// util.callbackify: the wrapper is a plain function (its prototype is
// Function.prototype even when the original's is not), its length is one
// more than the original's numeric length and its name gains "Callbackified".
const { callbackify } = require('util');

async function original(a, b) { return a + b; }
const custom = { marker: true };
const odd = async function () {};
Object.setPrototypeOf(odd, custom);
odd.extra = 'copied';

for (const fn of [original, odd]) {
  const cb = callbackify(fn);
  console.log(cb.name, cb.length, Object.getPrototypeOf(cb) === Function.prototype,
              Object.getPrototypeOf(cb) === Object.getPrototypeOf(fn), cb.extra);
}

function nonNumeric() { return Promise.resolve(1); }
Object.defineProperty(nonNumeric, 'length', { value: 'x' });
console.log(JSON.stringify(callbackify(nonNumeric).length));

callbackify(original)(2, 3, (err, value) => console.log('result', err, value));
try {
  callbackify(original)(1, 2);
} catch (err) {
  console.log(err.code, err.message);
}
try {
  callbackify('nope');
} catch (err) {
  console.log(err.code, err.message);
}
