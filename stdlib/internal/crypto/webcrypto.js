'use strict';
// The Web Crypto API's `crypto` global: getRandomValues and randomUUID.
// `subtle` (SubtleCrypto) is not provided yet; the property is absent
// rather than a stub so feature checks see the truth.

const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } } = require('internal/errors');
const { fillBytes, randomUUIDv4 } = require('internal/crypto/random');
const { kEnumerableProperty } = require('internal/util');

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const kIntegerArrays = new Set([
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'BigInt64Array', 'BigUint64Array',
]);
const kMaxBytes = 65536;

let DOMException;
function domException(message, name) {
  if (DOMException === undefined) DOMException = require('internal/dom_exception').DOMException;
  return new DOMException(message, name);
}

const kConstructToken = Symbol('kConstructToken');

class Crypto {
  #brand = true;

  constructor(token = undefined) {
    if (token !== kConstructToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  static isCrypto(value) {
    return value !== null && typeof value === 'object' && #brand in value;
  }

  getRandomValues(array) {
    if (!isCrypto(this)) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length === 0) {
      const err = new TypeError(
        "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    return getRandomValues(array);
  }

  randomUUID() {
    if (!isCrypto(this)) throw new ERR_INVALID_THIS('Crypto');
    return randomUUIDv4();
  }
}

function getRandomValues(array) {
  if (!kIntegerArrays.has(typedArrayTag.call(array))) {
    throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (array.byteLength > kMaxBytes) {
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  fillBytes(array, 0, array.byteLength);
  return array;
}

const isCrypto = Crypto.isCrypto;
delete Crypto.isCrypto;

for (const key of ['getRandomValues', 'randomUUID']) {
  Object.defineProperty(Crypto.prototype, key, kEnumerableProperty);
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Crypto', writable: false, enumerable: false, configurable: true,
});

const crypto = new Crypto(kConstructToken);

module.exports = { Crypto, crypto, getRandomValues, isCrypto };
