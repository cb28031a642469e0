'use strict';
// MockTracker (the `mock` of node:test and of each test context): mocked
// functions, methods and accessors that record their calls and can be
// restored, and the mock timers.

const { codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } = codes;
const { validateFunction, validateObject, validateInteger, validateBoolean } = require('internal/validators');

const kDefault = function() {};

// The `.mock` of a mocked function: its calls and its implementation.
class MockFunctionContext {
  #calls = [];
  #implementation;
  #original;
  #onces = new Map();
  #times;
  #restore;

  constructor(implementation, original, restore, times) {
    this.#implementation = implementation;
    this.#original = original;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() { return this.#calls.slice(); }

  callCount() { return this.#calls.length; }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const next = this.#calls.length;
    const call = onCall ?? next;
    validateInteger(call, 'onCall', next);
    this.#onces.set(call, implementation);
  }

  restore() {
    if (this.#restore) this.#restore();
    this.#implementation = this.#original;
  }

  resetCalls() { this.#calls = []; }

  // The implementation for the call about to happen.
  nextImplementation() {
    const n = this.#calls.length;
    const once = this.#onces.get(n);
    if (once !== undefined) {
      this.#onces.delete(n);
      return once;
    }
    if (this.#times !== undefined && n >= this.#times) return this.#original;
    return this.#implementation;
  }

  record(call) { this.#calls.push(call); }
}

const kContextOf = new WeakMap();

function makeMock(original, implementation, restore, times) {
  const ctx = new MockFunctionContext(implementation, original, restore, times);
  const invoke = (thisArg, args, target) => {
    const impl = ctx.nextImplementation();
    const call = { arguments: args, error: undefined, result: undefined, stack: new Error(), target, this: thisArg };
    try {
      call.result = target === undefined ? Reflect.apply(impl, thisArg, args) : Reflect.construct(impl, args);
      return call.result;
    } catch (err) {
      call.error = err;
      call.result = undefined;
      throw err;
    } finally {
      ctx.record(call);
    }
  };
  const proxy = new Proxy(original, {
    __proto__: null,
    apply(_fn, thisArg, args) { return invoke(thisArg, args, undefined); },
    // The recorded target is the mocked function itself, as in node, and
    // the instance is made by the current implementation.
    construct(fn, args) { return invoke(undefined, args, fn); },
    get(fn, key, receiver) {
      if (key === 'mock') return ctx;
      return Reflect.get(fn, key, receiver);
    },
  });
  kContextOf.set(proxy, ctx);
  return proxy;
}

function validateTimes(options) {
  const { times } = options;
  if (times !== undefined) validateInteger(times, 'options.times', 1);
  return times;
}

const kRead = Symbol('kRead');
const kWrite = Symbol('kWrite');

// The `.mock` of mock.property(): reads and writes of one property.
class MockPropertyContext {
  #accesses = [];
  #value;
  #onces = new Map();
  #restore;

  constructor(value, restore) {
    this.#value = value;
    this.#restore = restore;
  }

  get accesses() { return this.#accesses.slice(); }

  accessCount() { return this.#accesses.length; }

  mockImplementation(value) { this.#value = value; }

  // `onAccess` is the index of the access (from 0); by default the next.
  mockImplementationOnce(value, onAccess) {
    const next = this.#accesses.length;
    const at = onAccess ?? next;
    validateInteger(at, 'onAccess', 0);
    this.#onces.set(at, value);
  }

  resetAccesses() { this.#accesses = []; }

  restore() { this.#restore(); }

  [kRead]() {
    const n = this.#accesses.length;
    let value = this.#value;
    if (this.#onces.has(n)) {
      value = this.#onces.get(n);
      this.#onces.delete(n);
    }
    this.#accesses.push({ type: 'get', value, stack: new Error() });
    return value;
  }

  [kWrite](value) {
    this.#value = value;
    this.#accesses.push({ type: 'set', value, stack: new Error() });
  }
}

// [implementation, options] for mock.getter()/mock.setter(), whose options
// may come in the implementation's place.
function accessorArgs(kind, implementation, options) {
  if (implementation !== null && typeof implementation === 'object') {
    options = implementation;
    implementation = kDefault;
  } else {
    validateObject(options, 'options');
  }
  if (options[kind] === false) throw new ERR_INVALID_ARG_VALUE(`options.${kind}`, false, 'cannot be false');
  return [implementation, { ...options, [kind]: true }];
}

class MockTracker {
  #mocks = [];
  #timers;

  get timers() {
    if (this.#timers === undefined) {
      const { MockTimers } = require('internal/test_runner/mock/mock_timers');
      this.#timers = new MockTimers();
    }
    return this.#timers;
  }

  fn(original = kDefault, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = kDefault;
      implementation = kDefault;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const mock = makeMock(original, implementation, undefined, validateTimes(options));
    this.#mocks.push(kContextOf.get(mock));
    return mock;
  }

  method(object, methodName, implementation = kDefault, options = {}) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'object', object);
    }
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefault;
    }
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { getter = false, setter = false } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    if (getter && setter) throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    const times = validateTimes(options);

    // The descriptor may be inherited: look it up the prototype chain.
    let descriptor;
    for (let o = object; o !== null && descriptor === undefined; o = Object.getPrototypeOf(o)) {
      descriptor = Object.getOwnPropertyDescriptor(o, methodName);
    }
    const accessor = getter ? 'get' : setter ? 'set' : undefined;
    const original = accessor ? descriptor?.[accessor] : descriptor?.value;
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    // Restoring leaves the original as an own property, even one that was
    // inherited, as node does.
    const restore = () => Object.defineProperty(object, methodName, descriptor);
    const mock = makeMock(original, implementation === kDefault ? original : implementation, restore, times);
    const replaced = { ...descriptor, configurable: true };
    if (accessor) replaced[accessor] = mock;
    else replaced.value = mock;
    Object.defineProperty(object, methodName, replaced);
    this.#mocks.push(kContextOf.get(mock));
    return mock;
  }

  getter(object, methodName, implementation = kDefault, options = {}) {
    return this.method(object, methodName, ...accessorArgs('getter', implementation, options));
  }

  setter(object, methodName, implementation = kDefault, options = {}) {
    return this.method(object, methodName, ...accessorArgs('setter', implementation, options));
  }

  property(object, propertyName, value) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'object', object);
    }
    if (typeof propertyName !== 'string' && typeof propertyName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('propertyName', ['string', 'symbol'], propertyName);
    }
    if (!(propertyName in object)) {
      throw new ERR_INVALID_ARG_VALUE('propertyName', propertyName, 'is not a property of the object');
    }
    const original = Object.getOwnPropertyDescriptor(object, propertyName);
    const initial = arguments.length > 2 ? value : object[propertyName];
    const restore = () => {
      if (original === undefined) delete object[propertyName];
      else Object.defineProperty(object, propertyName, original);
    };
    const ctx = new MockPropertyContext(initial, restore);
    Object.defineProperty(object, propertyName, {
      __proto__: null,
      configurable: true,
      enumerable: original?.enumerable ?? true,
      get() { return ctx[kRead](); },
      set(v) { ctx[kWrite](v); },
    });
    this.#mocks.push(ctx);
    return new Proxy(object, {
      __proto__: null,
      get(target, key, receiver) { return key === 'mock' ? ctx : Reflect.get(target, key, receiver); },
    });
  }

  // Restores every mock and forgets them.
  reset() {
    this.restoreAll();
    this.#timers?.reset();
    this.#mocks = [];
  }

  // Restores every mock, which keep recording calls.
  restoreAll() {
    for (const ctx of this.#mocks) ctx.restore();
  }
}

module.exports = { MockTracker, MockFunctionContext, MockPropertyContext };
