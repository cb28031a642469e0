'use strict';
// util.types for Jolt.
//
// Most checks rely on built-in methods that refuse ("brand check") receivers
// of the wrong kind: calling such a method on a value either works, which
// proves the value's kind, or throws. Only side-effect-free methods are used.
// Where the language offers no such method (promises, iterators, generator
// objects, arguments objects) the answer comes from the object's built-in
// tag and prototype chain, which is right for everything but deliberate
// forgeries. Proxies are recognised by the runtime (internalBinding('util')).

const objectTag = Object.prototype.toString;
const {
  isObjectLike, isArrayBuffer, isSharedArrayBuffer, isAnyArrayBuffer, isArrayBufferView, isDataView, isTypedArray,
  isUint8Array, typedArrayOfKind,
} = require('internal/util/binary_types');

function getterOf(proto, key) {
  return Object.getOwnPropertyDescriptor(proto, key).get;
}

// Build a predicate that is true when probe(value) does not throw.
function acceptedBy(probe, name) {
  const check = function(value) {
    if (!isObjectLike(value)) return false;
    try {
      probe(value);
      return true;
    } catch {
      return false;
    }
  };
  Object.defineProperty(check, 'name', { __proto__: null, value: name });
  return check;
}

const dateTime = Date.prototype.getTime;
const mapSize = getterOf(Map.prototype, 'size');
const setSize = getterOf(Set.prototype, 'size');
const weakMapHas = WeakMap.prototype.has;
const weakSetHas = WeakSet.prototype.has;
const regexpSource = getterOf(RegExp.prototype, 'source');

const isDate = acceptedBy((v) => dateTime.call(v), 'isDate');
const isMap = acceptedBy((v) => mapSize.call(v), 'isMap');
const isSet = acceptedBy((v) => setSize.call(v), 'isSet');
const isWeakMap = acceptedBy((v) => weakMapHas.call(v, weakMapHas), 'isWeakMap');
const isWeakSet = acceptedBy((v) => weakSetHas.call(v, weakSetHas), 'isWeakSet');

// RegExp.prototype itself answers the `source` getter but is no RegExp.
const regexpLike = acceptedBy((v) => regexpSource.call(v), 'isRegExp');
function isRegExp(value) {
  return value !== RegExp.prototype && regexpLike(value);
}

// Boxed primitives: each valueOf accepts its primitive or its wrapper object,
// so require an object first.
function boxedBy(valueOf, name) {
  const check = function(value) {
    if (typeof value !== 'object' || value === null) return false;
    try {
      valueOf.call(value);
      return true;
    } catch {
      return false;
    }
  };
  Object.defineProperty(check, 'name', { __proto__: null, value: name });
  return check;
}

const isNumberObject = boxedBy(Number.prototype.valueOf, 'isNumberObject');
const isStringObject = boxedBy(String.prototype.valueOf, 'isStringObject');
const isBooleanObject = boxedBy(Boolean.prototype.valueOf, 'isBooleanObject');
const isSymbolObject = boxedBy(Symbol.prototype.valueOf, 'isSymbolObject');
const isBigIntObject = typeof BigInt === 'function' ?
  boxedBy(BigInt.prototype.valueOf, 'isBigIntObject') : () => false;

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

// ---- tag based checks ---------------------------------------------------------

// Object.prototype.toString's answer ('' for primitives).
function builtinTag(value) {
  if (!isObjectLike(value)) return '';
  return safeTag(value);
}

// Object.prototype.toString, '' when a Symbol.toStringTag getter throws.
function safeTag(value) {
  try {
    return objectTag.call(value);
  } catch {
    return '';
  }
}

function isNativeError(value) {
  if (typeof Error.isError === 'function') return Error.isError(value);
  if (!isObjectLike(value) || Symbol.toStringTag in value) return false;
  return objectTag.call(value) === '[object Error]';
}

function isArgumentsObject(value) {
  if (typeof value !== 'object' || value === null || Symbol.toStringTag in value) return false;
  return safeTag(value) === '[object Arguments]';
}

function isPromise(value) {
  if (!isObjectLike(value) || value === Promise.prototype) return false;
  if (Object.prototype.hasOwnProperty.call(value, Symbol.toStringTag)) return false;
  return builtinTag(value) === '[object Promise]' && !isProxy(value);
}

const MapIteratorProto = Object.getPrototypeOf(new Map().keys());
const SetIteratorProto = Object.getPrototypeOf(new Set().keys());
const GeneratorProto = Object.getPrototypeOf(function* () {}.prototype);
const AsyncGeneratorProto = Object.getPrototypeOf(async function* () {}.prototype);

function inheritsFrom(proto, value) {
  return isObjectLike(value) && value !== proto && proto.isPrototypeOf(value) && !isProxy(value);
}

function isMapIterator(value) {
  return inheritsFrom(MapIteratorProto, value) && builtinTag(value) === '[object Map Iterator]';
}

function isSetIterator(value) {
  return inheritsFrom(SetIteratorProto, value) && builtinTag(value) === '[object Set Iterator]';
}

// A generator object sits one level below %GeneratorPrototype% (its
// function's .prototype is in between); that .prototype object itself is
// directly on it and is not a generator.
function isGeneratorObject(value) {
  if (typeof value !== 'object' || value === null) return false;
  const tag = builtinTag(value);
  const parent = Object.getPrototypeOf(value);
  if (tag === '[object Generator]') {
    return parent !== GeneratorProto && inheritsFrom(GeneratorProto, value);
  }
  if (tag === '[object AsyncGenerator]') {
    return parent !== AsyncGeneratorProto && inheritsFrom(AsyncGeneratorProto, value);
  }
  return false;
}

const sourceText = Function.prototype.toString;

// Bound functions inherit their target's prototype (and so its tag) but are
// not themselves async/generator functions; their source reads as native.
// The kind is read from the source text, which (unlike the tag) does not
// change when the function's prototype is replaced.
const generatorSource = /^(?:async\s*)?(?:function\s*\*|\*)/;
const asyncSource = /^async\b/;
const asyncNamedMethod = /^async\s*\([^)]*\)\s*\{/;

function functionTag(value) {
  if (typeof value !== 'function') return '';
  let text;
  try {
    text = sourceText.call(value);
  } catch {
    return objectTag.call(value);
  }
  if (text.slice(-24).includes('[native code]')) return '[object Function]';
  const isGenerator = generatorSource.test(text);
  const isAsync = asyncSource.test(text) && !asyncNamedMethod.test(text);
  if (isGenerator) return isAsync ? '[object AsyncGeneratorFunction]' : '[object GeneratorFunction]';
  return isAsync ? '[object AsyncFunction]' : '[object Function]';
}

function isAsyncFunction(value) {
  const tag = functionTag(value);
  return tag === '[object AsyncFunction]' || tag === '[object AsyncGeneratorFunction]';
}

function isGeneratorFunction(value) {
  const tag = functionTag(value);
  return tag === '[object GeneratorFunction]' || tag === '[object AsyncGeneratorFunction]';
}

// Module namespace objects: the ES module loader's (a Proxy of its own
// kind, see internal/modules/esm/namespace).
let namespaceModule;
function isModuleNamespaceObject(value) {
  if (typeof value !== 'object' || value === null) return false;
  namespaceModule ??= require('internal/modules/esm/namespace');
  return namespaceModule.isNamespace(value);
}

// ---- runtime assisted ---------------------------------------------------------

let proxyInfo;
function isProxy(value) {
  if (!isObjectLike(value)) return false;
  if (proxyInfo === undefined) {
    const binding = typeof internalBinding === 'function' ? internalBinding('util') : undefined;
    proxyInfo = binding && typeof binding.getProxyDetails === 'function' ?
      (v) => binding.getProxyDetails(v) : () => undefined;
  }
  return proxyInfo(value) !== undefined && !isModuleNamespaceObject(value);
}

// Values only native add-ons / the crypto module could produce.
function isExternal(value) {
  return false;
}

module.exports = {
  isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isDate,
  isExternal,
  isGeneratorFunction,
  isGeneratorObject,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isDataView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray: typedArrayOfKind('Uint8ClampedArray'),
  isUint16Array: typedArrayOfKind('Uint16Array'),
  isUint32Array: typedArrayOfKind('Uint32Array'),
  isInt8Array: typedArrayOfKind('Int8Array'),
  isInt16Array: typedArrayOfKind('Int16Array'),
  isInt32Array: typedArrayOfKind('Int32Array'),
  isFloat16Array: typedArrayOfKind('Float16Array'),
  isFloat32Array: typedArrayOfKind('Float32Array'),
  isFloat64Array: typedArrayOfKind('Float64Array'),
  isBigInt64Array: typedArrayOfKind('BigInt64Array'),
  isBigUint64Array: typedArrayOfKind('BigUint64Array'),
  isKeyObject(value) {
    return false;
  },
  isCryptoKey(value) {
    return false;
  },
};
