'use strict';
// Structural equality for util.isDeepStrictEqual and node:assert, in three
// modes:
//
// - strict: primitives compare with Object.is, objects must share their
//   prototype (unless skipPrototype) and kind, then their kind-specific
//   content (dates, regexps, errors, boxed values, binary data, Map/Set
//   entries) plus their own enumerable string and symbol properties must
//   match recursively.
// - loose: == for primitives, no prototype check, no symbol keys.
// - partial (assert.partialDeepStrictEqual): strict, but `expected` only
//   has to describe a part of `actual`: its own properties must be present,
//   the present items of its arrays must appear in order among the actual
//   ones, its Set members and Map entries must each find a partner. Kinds
//   still have to match; prototypes are not compared.
//
// Reference-only kinds (functions, WeakMap, WeakSet, Promise) are equal only
// to themselves. Cycles must be consistent: an object met again on the
// current path is equal only to the partner it was first paired with.

const types = require('internal/util/types');

const kLoose = 0;
const kStrict = 1;
const kPartial = 2;

const tagOf = (value) => Object.prototype.toString.call(value);
const isIndexKey = (key) => typeof key === 'string' && /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295;
// The element type of a typed array, read from the engine (not the tag).
const typedArrayKind = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerableOwn = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);

function isPrimitive(value) {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

function isErrorLike(value) {
  return types.isNativeError(value) || value instanceof Error;
}

function ownEnumerableKeys(obj, withSymbols, skipIndices) {
  let keys = Object.keys(obj);
  if (skipIndices) keys = keys.filter((k) => !isIndexKey(k));
  if (withSymbols) {
    for (const sym of Object.getOwnPropertySymbols(obj)) {
      if (isEnumerableOwn(obj, sym)) keys.push(sym);
    }
  }
  return keys;
}

function bytesOf(view) {
  if (types.isAnyArrayBuffer(view)) return new Uint8Array(view);
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(x, y) {
  const bx = bytesOf(x);
  const by = bytesOf(y);
  if (bx.length !== by.length) return false;
  for (let i = 0; i < bx.length; i++) {
    if (bx[i] !== by[i]) return false;
  }
  return true;
}

// Does `items` (array-like) contain `wanted` in order? `same` compares.
function isSubsequence(items, wanted, same) {
  let from = 0;
  for (let i = 0; i < wanted.length; i++) {
    while (from < items.length && !same(items[from], wanted[i])) from++;
    if (from === items.length) return false;
    from++;
  }
  return true;
}

// Loose typed-array comparison: element-wise ==, so 0 equals -0.
function sameElementsLoosely(x, y) {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    // eslint-disable-next-line eqeqeq
    if (!(x[i] == y[i])) return false;
  }
  return true;
}

function isURL(value) {
  return typeof URL === 'function' && value instanceof URL;
}

const boxedKinds = [
  [types.isNumberObject, Number.prototype.valueOf],
  [types.isStringObject, String.prototype.valueOf],
  [types.isBooleanObject, Boolean.prototype.valueOf],
  [types.isBigIntObject, BigInt.prototype.valueOf],
  [types.isSymbolObject, Symbol.prototype.valueOf],
];

// True when `value`, whose tag is not "[object Object]", is one of the kinds
// that have content of their own (so it cannot equal a plain object).
function hasSpecialKind(value) {
  return Array.isArray(value) || types.isDate(value) || types.isRegExp(value) || isErrorLike(value) ||
    types.isBoxedPrimitive(value) || types.isArrayBufferView(value) || types.isAnyArrayBuffer(value) ||
    types.isMap(value) || types.isSet(value) || types.isWeakMap(value) || types.isWeakSet(value) ||
    types.isPromise(value);
}

class Comparer {
  constructor(mode, skipPrototype = false) {
    this.mode = mode;
    this.strict = mode !== kLoose;
    this.partial = mode === kPartial;
    this.checkPrototype = mode === kStrict && !skipPrototype;
    // Objects on the current comparison path -> their depth there.
    this.pathA = new Map();
    this.pathB = new Map();
  }

  equal(x, y) {
    if (x === y) return x !== 0 || !this.strict || Object.is(x, y);
    if (this.strict) {
      if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) {
        return typeof x === 'number' && typeof y === 'number' && x !== x && y !== y;
      }
      if (this.checkPrototype && Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
    } else {
      if (isPrimitive(x) || isPrimitive(y)) {
        if (isPrimitive(x) && isPrimitive(y)) {
          // eslint-disable-next-line eqeqeq
          return x == y || (x !== x && y !== y);
        }
        return false;
      }
      if (typeof x === 'function' || typeof y === 'function') return false;
    }
    const tag = tagOf(x);
    if (tag !== tagOf(y)) return false;

    // Partial mode: an empty plain `expected` object is met by any object of
    // the kind, even one already on the path.
    if (this.partial && tag === '[object Object]' && ownEnumerableKeys(y, true, false).length === 0 &&
        !hasSpecialKind(x) && !types.isArgumentsObject(x)) {
      return true;
    }
    const atA = this.pathA.get(x);
    const atB = this.pathB.get(y);
    if (atA !== undefined || atB !== undefined) return atA === atB;
    const depth = this.pathA.size;
    this.pathA.set(x, depth);
    this.pathB.set(y, depth);
    try {
      return this.sameObject(x, y, tag);
    } finally {
      this.pathA.delete(x);
      this.pathB.delete(y);
    }
  }

  sameObject(x, y, tag) {
    let skipIndices = false;

    if (Array.isArray(x)) {
      if (!Array.isArray(y)) return false;
      if (this.partial) return this.containsArray(x, y);
      if (x.length !== y.length) return false;
    } else if (Array.isArray(y)) {
      return false;
    } else if (types.isArgumentsObject(x) !== types.isArgumentsObject(y)) {
      return false;
    } else if (types.isDate(x)) {
      if (!types.isDate(y)) return false;
      const tx = Date.prototype.getTime.call(x);
      const ty = Date.prototype.getTime.call(y);
      if (tx !== ty && !(tx !== tx && ty !== ty)) return false;
    } else if (types.isRegExp(x)) {
      if (!types.isRegExp(y) || x.source !== y.source || x.flags !== y.flags ||
          x.lastIndex !== y.lastIndex) {
        return false;
      }
    } else if (isErrorLike(x)) {
      if (!isErrorLike(y) || !this.sameErrorDetails(x, y)) return false;
    } else if (types.isBoxedPrimitive(x)) {
      if (!this.sameBoxedValue(x, y)) return false;
    } else if (types.isArrayBufferView(x)) {
      if (!types.isArrayBufferView(y) || typedArrayKind.call(x) !== typedArrayKind.call(y)) return false;
      if (this.partial) {
        if (!this.containsBinary(x, y)) return false;
      } else if (!this.strict && types.isTypedArray(x) && /Float/.test(tag)) {
        if (!sameElementsLoosely(x, y)) return false;
      } else if (!sameBytes(x, y)) {
        return false;
      }
      skipIndices = types.isTypedArray(x);
    } else if (types.isAnyArrayBuffer(x)) {
      if (!types.isAnyArrayBuffer(y)) return false;
      if (this.partial ? !this.containsBinary(x, y) : !sameBytes(x, y)) return false;
    } else if (types.isMap(x)) {
      if (!types.isMap(y)) return false;
      if (this.partial) {
        if (!this.containsMapEntries(x, y)) return false;
      } else if (x.size !== y.size || !this.sameMapEntries(x, y)) {
        return false;
      }
    } else if (types.isSet(x)) {
      if (!types.isSet(y)) return false;
      if (this.partial) {
        if (!this.containsSetMembers(x, y)) return false;
      } else if (x.size !== y.size || !this.sameSetMembers(x, y)) {
        return false;
      }
    } else if (isURL(x) || isURL(y)) {
      // URL objects keep their state internally: compare the serialization.
      if (!isURL(x) || !isURL(y) || x.href !== y.href) return false;
    } else if (types.isWeakMap(x) || types.isWeakSet(x) || types.isPromise(x)) {
      // Their contents cannot be observed; identity was already checked.
      return false;
    } else if (tag !== '[object Object]' && hasSpecialKind(y)) {
      return false;
    }

    return this.sameOwnProperties(x, y, skipIndices);
  }

  sameErrorDetails(x, y) {
    if (x.message !== y.message || x.name !== y.name) return false;
    for (const extra of ['cause', 'errors']) {
      const inX = hasOwn(x, extra);
      const inY = hasOwn(y, extra);
      if (this.partial ? inY && !inX : inX !== inY) return false;
      if (inY && !this.equal(x[extra], y[extra])) return false;
    }
    return true;
  }

  sameBoxedValue(x, y) {
    for (const [test, unwrap] of boxedKinds) {
      if (test(x)) return test(y) && Object.is(unwrap.call(x), unwrap.call(y));
    }
    return false;
  }

  sameOwnProperties(x, y, skipIndices) {
    const keysY = ownEnumerableKeys(y, this.strict, skipIndices);
    if (!this.partial) {
      const keysX = ownEnumerableKeys(x, this.strict, skipIndices);
      if (keysX.length !== keysY.length) return false;
    }
    for (const key of keysY) {
      if (!isEnumerableOwn(x, key)) return false;
    }
    for (const key of keysY) {
      if (!this.equal(x[key], y[key])) return false;
    }
    return true;
  }

  // ---- partial mode -------------------------------------------------------------

  // The present items of `expected` appear in order among those of `actual`;
  // its other own properties are present in `actual` too.
  containsArray(actual, expected) {
    const present = (arr) => {
      const out = [];
      for (let i = 0; i < arr.length; i++) if (hasOwn(arr, i)) out.push(arr[i]);
      return out;
    };
    if (expected.length > actual.length) return false;
    if (!isSubsequence(present(actual), present(expected), (a, b) => this.equal(a, b))) return false;
    return this.sameOwnProperties(actual, expected, true);
  }

  containsBinary(actual, expected) {
    if (types.isTypedArray(actual) !== types.isTypedArray(expected)) return false;
    if (types.isTypedArray(actual)) return isSubsequence(actual, expected, Object.is);
    return isSubsequence(bytesOf(actual), bytesOf(expected), Object.is);
  }

  containsSetMembers(actual, expected) {
    const pool = [...actual];
    for (const item of expected) {
      let at = -1;
      if (isPrimitive(item)) {
        if (actual.has(item)) at = pool.findIndex((candidate) => Object.is(candidate, item));
      } else {
        at = pool.findIndex((candidate) => this.equal(candidate, item));
      }
      if (at === -1) return false;
      pool.splice(at, 1);
    }
    return true;
  }

  containsMapEntries(actual, expected) {
    for (const [key, value] of expected) {
      if (actual.has(key)) {
        if (!this.equal(actual.get(key), value)) return false;
        continue;
      }
      if (isPrimitive(key)) return false;
      let found = false;
      for (const [candidateKey, candidateValue] of actual) {
        if (!isPrimitive(candidateKey) && this.equal(candidateKey, key) && this.equal(candidateValue, value)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }

  // ---- Map / Set in strict and loose mode ----------------------------------------

  // Pair up leftovers (values without an identical partner) by search.
  matchLeftovers(leftX, leftY, same) {
    if (leftX.length !== leftY.length) return false;
    const taken = new Array(leftY.length).fill(false);
    for (const item of leftX) {
      let found = false;
      for (let i = 0; i < leftY.length; i++) {
        if (!taken[i] && same(item, leftY[i])) {
          taken[i] = true;
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }

  sameSetMembers(x, y) {
    const leftX = [];
    for (const item of x) {
      if (y.has(item)) continue;
      // A primitive can only strictly equal itself.
      if (this.strict && isPrimitive(item)) return false;
      leftX.push(item);
    }
    if (leftX.length === 0) return true;
    const leftY = [];
    for (const item of y) {
      if (x.has(item)) continue;
      leftY.push(item);
    }
    return this.matchLeftovers(leftX, leftY, (a, b) => this.equal(a, b));
  }

  // (Loose mode: an entry whose key both have but whose values differ may
  // still pair with another entry whose key is loosely equal.)
  sameMapEntries(x, y) {
    const leftX = [];
    for (const [key, value] of x) {
      if (y.has(key)) {
        if (this.equal(value, y.get(key))) continue;
        if (this.strict) return false;
      } else if (this.strict && isPrimitive(key)) {
        return false;
      }
      leftX.push([key, value]);
    }
    if (leftX.length === 0) return true;
    const leftY = [];
    for (const [key, value] of y) {
      if (x.has(key) && (this.strict || this.equal(x.get(key), value))) continue;
      leftY.push([key, value]);
    }
    return this.matchLeftovers(leftX, leftY, (a, b) => this.equal(a[0], b[0]) && this.equal(a[1], b[1]));
  }
}

function isDeepStrictEqual(a, b, skipPrototype = false) {
  return new Comparer(kStrict, skipPrototype).equal(a, b);
}

function isDeepEqual(a, b) {
  return new Comparer(kLoose).equal(a, b);
}

function isPartialStrictEqual(actual, expected) {
  return new Comparer(kPartial).equal(actual, expected);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
  isPartialStrictEqual,
};
