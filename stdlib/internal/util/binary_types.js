'use strict';
// The util.types checks for binary data (ArrayBuffers and their views), on
// their own: node:buffer, string_decoder and the encoders need only these,
// and loading all of internal/util/types for them cost node:buffer a third
// of its load time. Each is a brand check by a built-in getter that throws
// for receivers of the wrong kind (see internal/util/types).

const arrayBufferLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sharedBufferLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;
const dataViewBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
// %TypedArray%.prototype[Symbol.toStringTag]: the kind's name for a typed
// array, undefined for anything else (it never throws).
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype),
  Symbol.toStringTag).get;

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

// Whether `getter` accepts `value` as its receiver (the brand check).
function acceptedBy(getter, value) {
  if (!isObjectLike(value)) return false;
  try {
    getter.call(value);
    return true;
  } catch {
    return false;
  }
}

function isArrayBuffer(value) {
  return acceptedBy(arrayBufferLength, value);
}

function isSharedArrayBuffer(value) {
  return sharedBufferLength !== undefined && acceptedBy(sharedBufferLength, value);
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isDataView(value) {
  return acceptedBy(dataViewBuffer, value);
}

function isTypedArray(value) {
  return typedArrayTag.call(value) !== undefined;
}

function isUint8Array(value) {
  return typedArrayTag.call(value) === 'Uint8Array';
}

// The checks for the other kinds (made when util.types is loaded).
function typedArrayOfKind(kind) {
  const check = (value) => typedArrayTag.call(value) === kind;
  Object.defineProperty(check, 'name', { __proto__: null, value: `is${kind}` });
  return check;
}

module.exports = {
  isObjectLike,
  isArrayBuffer,
  isSharedArrayBuffer,
  isAnyArrayBuffer,
  isArrayBufferView,
  isDataView,
  isTypedArray,
  isUint8Array,
  typedArrayOfKind,
};
