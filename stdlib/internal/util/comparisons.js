'use strict';
// Structural equality for util.isDeepStrictEqual (strict) and the loose
// variant (isDeepEqual).
//
// Strict mode: primitives compare with Object.is, objects must share their
// prototype and built-in tag, and then their kind-specific content (dates,
// regexps, errors, boxed values, binary data, Map/Set entries) plus their own
// enumerable string and symbol properties must match recursively. Loose mode
// uses == for primitives and ignores prototypes and symbol keys.
// Reference-only kinds (functions, WeakMap, WeakSet, Promise) are equal only
// to themselves.

const types = require('internal/util/types');

const tagOf = (value) => Object.prototype.toString.call(value);
const isIndexKey = (key) => typeof key === 'string' && /^(?:0|[1-9]\d*)$/.test(key);

function isPrimitive(value) {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

function ownEnumerableKeys(obj, strict, skipIndices) {
  let keys = Object.keys(obj);
  if (skipIndices) keys = keys.filter((k) => !isIndexKey(k));
  if (strict) {
    for (const sym of Object.getOwnPropertySymbols(obj)) {
      if (Object.prototype.propertyIsEnumerable.call(obj, sym)) keys.push(sym);
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

// Loose typed-array comparison: element-wise ==, so 0 equals -0.
function sameElementsLoosely(x, y) {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    // eslint-disable-next-line eqeqeq
    if (!(x[i] == y[i])) return false;
  }
  return true;
}

class Comparer {
  constructor(strict, parent = null) {
    this.strict = strict;
    // Pairs currently (or already) under comparison: left -> Set(right).
    // Meeting a pair again means a cycle; it is assumed equal. Trial
    // comparers (see isolatedEqual) also consult their parent's table.
    this.active = new Map();
    this.parent = parent;
  }

  seenPair(x, y) {
    for (let level = this; level !== null; level = level.parent) {
      const partners = level.active.get(x);
      if (partners !== undefined && partners.has(y)) return true;
    }
    return false;
  }

  equal(x, y) {
    if (x === y) return x !== 0 || !this.strict || Object.is(x, y);
    if (this.strict) {
      if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) {
        return typeof x === 'number' && typeof y === 'number' && x !== x && y !== y;
      }
      if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
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
    if (tagOf(x) !== tagOf(y)) return false;

    if (this.seenPair(x, y)) return true;
    let partners = this.active.get(x);
    if (partners === undefined) {
      partners = new Set();
      this.active.set(x, partners);
    }
    partners.add(y);
    return this.sameObject(x, y);
  }

  sameObject(x, y) {
    let skipIndices = false;

    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
    } else if (Array.isArray(y)) {
      return false;
    } else if (types.isDate(x)) {
      if (!types.isDate(y)) return false;
      const tx = x.getTime();
      const ty = y.getTime();
      if (tx !== ty && !(tx !== tx && ty !== ty)) return false;
    } else if (types.isRegExp(x)) {
      if (!types.isRegExp(y) || x.source !== y.source || x.flags !== y.flags ||
          x.lastIndex !== y.lastIndex) {
        return false;
      }
    } else if (types.isNativeError(x) || x instanceof Error) {
      if (!(types.isNativeError(y) || y instanceof Error) || !this.sameErrorDetails(x, y)) return false;
    } else if (types.isBoxedPrimitive(x)) {
      if (!this.sameBoxedValue(x, y)) return false;
    } else if (types.isArrayBufferView(x)) {
      if (!types.isArrayBufferView(y)) return false;
      if (!this.strict && types.isTypedArray(x) && /Float/.test(tagOf(x))) {
        if (!sameElementsLoosely(x, y)) return false;
      } else if (!sameBytes(x, y)) {
        return false;
      }
      skipIndices = types.isTypedArray(x);
    } else if (types.isAnyArrayBuffer(x)) {
      if (!types.isAnyArrayBuffer(y) || !sameBytes(x, y)) return false;
    } else if (types.isMap(x)) {
      if (!types.isMap(y) || x.size !== y.size || !this.sameMapEntries(x, y)) return false;
    } else if (types.isSet(x)) {
      if (!types.isSet(y) || x.size !== y.size || !this.sameSetMembers(x, y)) return false;
    } else if (types.isWeakMap(x) || types.isWeakSet(x) || types.isPromise(x)) {
      // Their contents cannot be observed; identity was already checked.
      return false;
    } else if (types.isMap(y) || types.isSet(y) || types.isDate(y) || types.isRegExp(y)) {
      return false;
    }

    return this.sameOwnProperties(x, y, skipIndices);
  }

  sameErrorDetails(x, y) {
    if (x.message !== y.message || x.name !== y.name) return false;
    for (const extra of ['cause', 'errors']) {
      const inX = Object.prototype.hasOwnProperty.call(x, extra);
      const inY = Object.prototype.hasOwnProperty.call(y, extra);
      if (inX !== inY) return false;
      if (inX && !this.equal(x[extra], y[extra])) return false;
    }
    return true;
  }

  sameBoxedValue(x, y) {
    const kinds = [
      [types.isNumberObject, Number.prototype.valueOf],
      [types.isStringObject, String.prototype.valueOf],
      [types.isBooleanObject, Boolean.prototype.valueOf],
      [types.isBigIntObject, BigInt.prototype.valueOf],
      [types.isSymbolObject, Symbol.prototype.valueOf],
    ];
    for (const [test, unwrap] of kinds) {
      if (test(x)) return test(y) && Object.is(unwrap.call(x), unwrap.call(y));
    }
    return false;
  }

  sameOwnProperties(x, y, skipIndices) {
    const keysX = ownEnumerableKeys(x, this.strict, skipIndices);
    const keysY = ownEnumerableKeys(y, this.strict, skipIndices);
    if (keysX.length !== keysY.length) return false;
    for (const key of keysX) {
      if (!Object.prototype.propertyIsEnumerable.call(y, key)) return false;
    }
    for (const key of keysX) {
      if (!this.equal(x[key], y[key])) return false;
    }
    return true;
  }

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
    return this.matchLeftovers(leftX, leftY, (a, b) => this.isolatedEqual(a, b));
  }

  sameMapEntries(x, y) {
    const leftX = [];
    for (const [key, value] of x) {
      if (y.has(key)) {
        if (!this.equal(value, y.get(key))) return false;
        continue;
      }
      if (this.strict && isPrimitive(key)) return false;
      leftX.push([key, value]);
    }
    if (leftX.length === 0) return true;
    const leftY = [];
    for (const [key, value] of y) {
      if (x.has(key)) continue;
      leftY.push([key, value]);
    }
    return this.matchLeftovers(leftX, leftY,
      (a, b) => this.isolatedEqual(a[0], b[0]) && this.isolatedEqual(a[1], b[1]));
  }

  // Trial comparison while searching for a partner, run with its own cycle
  // table so a failed attempt leaves nothing behind in ours.
  isolatedEqual(a, b) {
    return new Comparer(this.strict, this).equal(a, b);
  }
}

function isDeepStrictEqual(a, b) {
  return new Comparer(true).equal(a, b);
}

function isDeepEqual(a, b) {
  return new Comparer(false).equal(a, b);
}

// assert.partialDeepStrictEqual: `expected` describes a part of `actual`.
// Objects need only the expected keys, arrays/typed arrays the expected
// items as an ordered subsequence, Sets/Maps the expected members; other
// kinds (dates, regexps, errors, boxed values, buffers) compare in full.
function isPartialStrictEqual(actual, expected) {
  if (isPrimitive(expected) || isPrimitive(actual)) return Object.is(actual, expected);
  if (actual === expected) return true;
  if (Array.isArray(expected) || types.isTypedArray(expected)) {
    if (Array.isArray(expected) !== Array.isArray(actual) || tagOf(actual) !== tagOf(expected)) return false;
    let from = 0;
    for (let i = 0; i < expected.length; i++) {
      while (from < actual.length && !isPartialStrictEqual(actual[from], expected[i])) from++;
      if (from === actual.length) return false;
      from++;
    }
    return true;
  }
  if (types.isSet(expected)) {
    if (!types.isSet(actual)) return false;
    const pool = [...actual];
    for (const item of expected) {
      const at = pool.findIndex((candidate) => isPartialStrictEqual(candidate, item));
      if (at === -1) return false;
      pool.splice(at, 1);
    }
    return true;
  }
  if (types.isMap(expected)) {
    if (!types.isMap(actual)) return false;
    for (const [key, value] of expected) {
      if (!actual.has(key) || !isPartialStrictEqual(actual.get(key), value)) return false;
    }
    return true;
  }
  if (types.isDate(expected) || types.isRegExp(expected) || types.isBoxedPrimitive(expected) ||
      types.isAnyArrayBuffer(expected) || types.isArrayBufferView(expected) ||
      types.isNativeError(expected) || typeof expected === 'function') {
    return isDeepStrictEqual(actual, expected);
  }
  for (const key of ownEnumerableKeys(expected, true, false)) {
    if (!Object.prototype.propertyIsEnumerable.call(actual, key)) return false;
    if (!isPartialStrictEqual(actual[key], expected[key])) return false;
  }
  return true;
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
  isPartialStrictEqual,
};
