'use strict';
// assert.CallTracker (deprecated in Node, DEP0173): wraps functions, counts
// their calls and reports the ones not called the expected number of times.

const { AssertionError } = require('internal/assert/assertion_error');

let errorCodes;
function codes() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

let warned = false;
function warnDeprecated() {
  if (warned) return;
  warned = true;
  process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
}

// What is tracked for each wrapper: { fn, expected, calls: [{ thisArg, arguments }], stack }.
const kRecords = Symbol('kRecords');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

// The function wrapped when calls() is given none: anonymous, reported as
// "calls".
const defaultFunction = (() => () => {})();

class CallTracker {
  constructor() {
    warnDeprecated();
    Object.defineProperty(this, kRecords, { __proto__: null, value: new Map(), enumerable: false });
  }

  #record(tracked) {
    const record = this[kRecords].get(tracked);
    if (record === undefined) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('tracked', tracked, 'is not a tracked function');
    }
    return record;
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const record of this[kRecords].values()) record.calls = [];
      return;
    }
    this.#record(tracked).calls = [];
  }

  getCalls(tracked) {
    return Object.freeze(this.#record(tracked).calls.map(
      (call) => Object.freeze({ thisArg: call.thisArg, arguments: Object.freeze([...call.arguments]) })));
  }

  calls(fn, expected = 1) {
    if (process._exiting) throw new (codes().ERR_UNAVAILABLE_DURING_EXIT)();
    if (typeof fn === 'number') {
      expected = fn;
      fn = defaultFunction;
    } else if (fn === undefined) {
      fn = defaultFunction;
    }
    require('internal/validators').validateUint32(expected, 'expected', true);
    const record = { fn, expected, calls: [], stack: new Error() };
    const wrapper = function(...args) {
      record.calls.push({ thisArg: this, arguments: args });
      if (new.target !== undefined) return Reflect.construct(fn, args, new.target);
      return Reflect.apply(fn, this, args);
    };
    // The wrapper carries fn's own properties (name, length, others) as
    // they are, without reading them. Indexed loops and null-prototype
    // descriptors keep this independent of patched built-ins.
    delete wrapper.length;
    delete wrapper.name;
    const keys = Reflect.ownKeys(fn);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'prototype' || key === 'arguments' || key === 'caller') continue;
      const desc = Object.getOwnPropertyDescriptor(fn, key);
      const copy = { __proto__: null, enumerable: desc.enumerable, configurable: true };
      if (hasOwn(desc, 'value')) {
        copy.value = desc.value;
        copy.writable = desc.writable;
      } else {
        copy.get = desc.get;
        copy.set = desc.set;
      }
      Object.defineProperty(wrapper, key, copy);
    }
    this[kRecords].set(wrapper, record);
    return wrapper;
  }

  report() {
    const out = [];
    for (const record of this[kRecords].values()) {
      const actual = record.calls.length;
      if (actual === record.expected) continue;
      const name = record.fn === defaultFunction ? 'calls' : record.fn.name;
      out.push({
        message: `Expected the ${name} function to be executed ${record.expected} time(s) but was ` +
          `executed ${actual} time(s).`,
        actual,
        expected: record.expected,
        operator: name,
        stack: record.stack,
      });
    }
    return out;
  }

  verify() {
    const failures = this.report();
    if (failures.length === 0) return;
    const message = failures.length === 1 ? failures[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: failures });
  }
}

module.exports = { CallTracker };
