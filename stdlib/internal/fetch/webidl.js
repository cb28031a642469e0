'use strict';
// WebIDL conversions and the error messages the fetch classes (Headers,
// FormData, Request, Response) give in Node, whose texts are observed from
// Node 24. Also the "pair iterator" objects Headers and FormData return.

let inspectImpl;
function inspect(value) {
  if (inspectImpl === undefined) inspectImpl = require('internal/util/inspect').inspect;
  return inspectImpl(value);
}

// `this` is not an instance of the interface.
function illegalInvocation() {
  const err = new TypeError('Illegal invocation');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

// An operation called with fewer arguments than it needs.
function checkArgCount(given, needed, context) {
  if (given >= needed) return;
  const noun = needed === 1 ? 'argument' : 'arguments';
  const found = given === 0 ? '0' : `only ${given}`;
  throw new TypeError(`${context}: ${needed} ${noun} required, but ${found} found.`);
}

// How Node shows a value inside "Expected x (...) to be an instance of Y".
function describe(value) {
  if (typeof value === 'string') return `"${value}"`;
  return inspect(value);
}

function notInstance(context, name, value, type) {
  return new TypeError(`${context}: Expected ${name} ("${describe(value)}") to be an instance of ${type}.`);
}

// WebIDL enumeration: `value` (converted to a string) must be one of
// `allowed`. Node names no context in this message.
function toEnum(value, allowed) {
  const text = `${value}`;
  if (!allowed.includes(text)) {
    throw new TypeError(`undefined: ${text} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  }
  return text;
}

// A dictionary argument: undefined, null or an object.
function checkDictionary(value) {
  if (value === undefined || value === null || typeof value === 'object' || typeof value === 'function') return;
  throw new TypeError(`undefined: Expected ${describe(value)} to be one of: Null, Undefined, Object.`);
}

function byteStringError(index, code) {
  return new TypeError('Cannot convert argument to a ByteString because the character at index ' +
    `${index} has a value of ${code} which is greater than 255.`);
}

// WebIDL ByteString: every code unit must fit in a byte. `label` names the
// value in the error for a Symbol ("Headers.get: name").
const kWideChar = /[^\x00-\xff]/;
function toByteString(value, label = 'undefined: value') {
  if (typeof value === 'symbol') {
    throw new TypeError(`${label} is a symbol, which cannot be converted to a ByteString.`);
  }
  const text = typeof value === 'string' ? value : `${value}`;
  const wide = kWideChar.exec(text);
  if (wide !== null) throw byteStringError(wide.index, text.charCodeAt(wide.index));
  return text;
}

let usv;
function toUSVString(value) {
  if (usv === undefined) usv = require('internal/url').toUSVString;
  return usv(value);
}

// WebIDL "unsigned short": modulo 2^16 after truncation; NaN and the
// infinities are 0.
function toUnsignedShort(value) {
  const n = Number(value);
  if (!Number.isFinite(n)) return 0;
  const int = Math.trunc(n);
  return ((int % 65536) + 65536) % 65536;
}

function forEachTypeError(iface) {
  return new TypeError(`Failed to execute 'forEach' on '${iface}': parameter 1 is not of type 'Function'.`);
}

// The iterator objects of a pair-iterable interface (Headers, FormData).
// `pairsOf(target)` returns the current [name, value] list; it is read on
// every step so that changes made while iterating are seen, as WebIDL says.
function makePairIterator(tag, pairsOf) {
  const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
  let isIterator;
  class PairIterator {
    #target;
    #kind;
    #index = 0;

    constructor(target, kind) {
      this.#target = target;
      this.#kind = kind;
    }

    static {
      isIterator = (value) => value !== null && typeof value === 'object' && #target in value;
    }

    next() {
      if (!isIterator(this)) {
        throw new TypeError(`'next' called on an object that does not implement interface ${tag}.`);
      }
      const pairs = pairsOf(this.#target);
      if (this.#index >= pairs.length) return { value: undefined, done: true };
      const pair = pairs[this.#index++];
      if (this.#kind === 'key') return { value: pair[0], done: false };
      if (this.#kind === 'value') return { value: pair[1], done: false };
      return { value: [pair[0], pair[1]], done: false };
    }
  }
  // Shaped as WebIDL's iterator prototype: %IteratorPrototype% above it,
  // an enumerable next, no constructor of its own.
  const proto = PairIterator.prototype;
  Object.setPrototypeOf(proto, IteratorPrototype);
  delete proto.constructor;
  Object.defineProperty(proto, 'next', { __proto__: null, enumerable: true });
  Object.defineProperty(proto, Symbol.toStringTag, {
    __proto__: null, value: tag, writable: false, enumerable: false, configurable: true,
  });
  return (target, kind) => new PairIterator(target, kind);
}

// keys/values/entries/forEach and @@iterator on `Ctor.prototype`, with
// `check(this)` guarding each.
function definePairIterable(Ctor, tag, check, pairsOf) {
  const create = makePairIterator(`${tag} Iterator`, pairsOf);
  const methods = {
    keys() { check(this); return create(this, 'key'); },
    values() { check(this); return create(this, 'value'); },
    entries() { check(this); return create(this, 'key+value'); },
    forEach(callback, thisArg = undefined) {
      check(this);
      checkArgCount(arguments.length, 1, `${tag}.forEach`);
      if (typeof callback !== 'function') throw forEachTypeError(tag);
      const pairs = pairsOf(this);
      for (let i = 0; i < pairs.length; i++) {
        callback.call(thisArg, pairs[i][1], pairs[i][0], this);
      }
    },
  };
  for (const key of Object.keys(methods)) {
    Object.defineProperty(Ctor.prototype, key, {
      __proto__: null, value: methods[key], writable: true, enumerable: true, configurable: true,
    });
  }
  Object.defineProperty(Ctor.prototype, Symbol.iterator, {
    __proto__: null, value: methods.entries, writable: true, enumerable: false, configurable: true,
  });
}

// Interface members enumerable and the toStringTag set, as WebIDL does.
function defineInterface(Ctor, tag) {
  const proto = Ctor.prototype;
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor') continue;
    Object.defineProperty(proto, key, { __proto__: null, enumerable: true });
  }
  for (const key of Object.getOwnPropertyNames(Ctor)) {
    if (typeof Ctor[key] === 'function' && key !== 'prototype') {
      Object.defineProperty(Ctor, key, { __proto__: null, enumerable: true });
    }
  }
  Object.defineProperty(proto, Symbol.toStringTag, {
    __proto__: null, value: tag, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = {
  illegalInvocation,
  checkArgCount,
  notInstance,
  toEnum,
  checkDictionary,
  toByteString,
  toUSVString,
  toUnsignedShort,
  definePairIterable,
  defineInterface,
};
