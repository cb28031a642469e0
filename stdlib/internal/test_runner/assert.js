'use strict';
// t.assert: node:assert's functions, each counted toward t.plan(). Until
// Jolt has node:assert, a basic set of them is provided here.

const builtins = internalBinding('builtins');

let basic;

function assertionError(message, actual, expected, operator, generated) {
  const err = new Error(message);
  err.name = 'AssertionError';
  Object.defineProperty(err, 'name', { value: 'AssertionError', enumerable: false, configurable: true, writable: true });
  err.generatedMessage = generated;
  err.code = 'ERR_ASSERTION';
  err.actual = actual;
  err.expected = expected;
  err.operator = operator;
  return err;
}

function basicAssert() {
  if (basic !== undefined) return basic;
  const { inspect } = require('internal/util/inspect');
  const { isDeepStrictEqual, isDeepEqual } = require('internal/util/comparisons');
  const check = (pass, actual, expected, operator, message, text) => {
    if (pass) return;
    if (message instanceof Error) throw message;
    const generated = message === undefined;
    throw assertionError(generated ? text() : message, actual, expected, operator, generated);
  };
  const pair = (a, op, b) => `${inspect(a)} ${op} ${inspect(b)}\n`;
  basic = {
    ok(value, message) {
      check(Boolean(value), value, true, '==', message,
        () => 'The expression evaluated to a falsy value:\n\n  assert.ok(' + inspect(value) + ')\n');
    },
    equal(a, b, message) {
      check(a == b || (a !== a && b !== b), a, b, '==', message, () => pair(a, '==', b)); // eslint-disable-line eqeqeq
    },
    notEqual(a, b, message) {
      check(a != b && (a === a || b === b), a, b, '!=', message, () => pair(a, '!=', b)); // eslint-disable-line eqeqeq
    },
    strictEqual(a, b, message) {
      check(Object.is(a, b), a, b, 'strictEqual', message,
        () => `Expected values to be strictly equal:\n\n${pair(a, '!==', b)}`);
    },
    notStrictEqual(a, b, message) {
      check(!Object.is(a, b), a, b, 'notStrictEqual', message,
        () => `Expected "actual" to be strictly unequal to: ${inspect(b)}`);
    },
    deepEqual(a, b, message) {
      check(isDeepEqual(a, b), a, b, 'deepEqual', message,
        () => `Expected values to be loosely deep-equal:\n\n${inspect(a)}\n\nshould loosely deep-equal\n\n${inspect(b)}`);
    },
    deepStrictEqual(a, b, message) {
      check(isDeepStrictEqual(a, b), a, b, 'deepStrictEqual', message,
        () => `Expected values to be strictly deep-equal:\n${inspect(a)}\n\nshould equal\n\n${inspect(b)}`);
    },
    notDeepStrictEqual(a, b, message) {
      check(!isDeepStrictEqual(a, b), a, b, 'notDeepStrictEqual', message,
        () => `Expected "actual" not to be strictly deep-equal to: ${inspect(b)}`);
    },
    fail(message = 'Failed') {
      if (message instanceof Error) throw message;
      throw assertionError(message, undefined, undefined, 'fail', message === 'Failed');
    },
    match(string, regexp, message) {
      check(regexp.test(string), string, regexp, 'match', message,
        () => `The input did not match the regular expression ${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    },
    throws(fn, expected, message) {
      try {
        fn();
      } catch (err) {
        if (typeof expected === 'function' && expected.prototype !== undefined && !(err instanceof expected)) throw err;
        if (expected instanceof RegExp && !expected.test(String(err))) throw err;
        return;
      }
      if (typeof expected === 'string') message = expected;
      check(false, undefined, expected, 'throws', message, () => 'Missing expected exception.');
    },
    async rejects(promiseOrFn, expected, message) {
      try {
        await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
      } catch {
        return;
      }
      if (typeof expected === 'string') message = expected;
      check(false, undefined, expected, 'rejects', message, () => 'Missing expected rejection.');
    },
  };
  return basic;
}

// An object with the assertion functions, calling `count` on each use.
function makeContextAssert(count) {
  const source = builtins.has('assert') ? require('assert') : basicAssert();
  const out = {};
  for (const key of Object.keys(source)) {
    const fn = source[key];
    if (typeof fn !== 'function' || key === 'AssertionError' || key === 'strict' || key === 'CallTracker') continue;
    out[key] = function(...args) {
      count();
      return Reflect.apply(fn, source, args);
    };
  }
  return out;
}

module.exports = { makeContextAssert };
