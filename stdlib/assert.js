'use strict';
// node:assert for Jolt. Comparisons come from internal/util/comparisons,
// message text from internal/assert/assertion_error; this file holds the
// checks themselves and the error-matching rules of throws()/rejects().

const { AssertionError } = require('internal/assert/assertion_error');
const { isDeepEqual, isDeepStrictEqual, isPartialStrictEqual } = require('internal/util/comparisons');
const { inspect } = require('internal/util/inspect');
const types = require('internal/util/types');
const { validateFunction, validateOneOf } = require('internal/validators');

let errorCodes;
function codes() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

// Marks "the function did not throw / the promise did not reject".
const kNothingThrown = Symbol('kNothingThrown');

function isError(value) {
  return types.isNativeError(value) || value instanceof Error;
}

// A user-supplied Error as message is thrown as it is.
function raise(details) {
  if (isError(details.message)) throw details.message;
  throw new AssertionError({ ...details, diff: activeDiff });
}

function requireTwo(count) {
  if (count < 2) throw new (codes().ERR_MISSING_ARGS)('actual', 'expected');
}

// ---- assert.ok and the source of the failing call ----------------------------

// "    at name (file:line:col)" -> { file, line, column } of the first frame.
function callerLocation(above) {
  const holder = {};
  if (typeof Error.captureStackTrace !== 'function') return undefined;
  Error.captureStackTrace(holder, above);
  const stack = typeof holder.stack === 'string' ? holder.stack : '';
  const frame = stack.split('\n').find((line) => /^\s+at /.test(line) || /@/.test(line));
  if (frame === undefined) return undefined;
  const m = /\(?((?:file:\/\/)?\/[^()]*?):(\d+):(\d+)\)?$/.exec(frame.trim());
  if (m === null) return undefined;
  return { file: m[1].replace(/^file:\/\//, ''), line: Number(m[2]), column: Number(m[3]) };
}

// The call expression that starts around `column` (1-based) on `text`: back
// up over the callee (`assert.ok`, `assert`), then take the balanced
// argument list; an unclosed list keeps the rest of the line.
function callExpressionAt(text, column) {
  let open = column - 1;
  // JSC points at the "(" of the call, V8 at the start of the callee name.
  if (text[open] !== '(') {
    const paren = text.indexOf('(', open);
    if (paren === -1) return undefined;
    open = paren;
  }
  let start = open;
  while (start > 0 && /[\p{ID_Continue}$.\s\u200c\u200d]/u.test(text[start - 1])) start--;
  while (start < open && /\s/.test(text[start])) start++;
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (quote !== '') {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === '\'' || ch === '`') quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return text.slice(start).trimEnd();
}

const kWrapperHeadLength = '(function (exports, require, module, __filename, __dirname) { '.length;

function sourceOfCall(above) {
  try {
    const where = callerLocation(above);
    if (where === undefined) return undefined;
    // The fs binding directly: cheaper than node:fs, and this runs on a
    // failing assertion only.
    const source = internalBinding('fs').readFileUtf8(where.file);
    const lines = source.split(/\r?\n/);
    const text = lines[where.line - 1];
    if (text === undefined) return undefined;
    let column = where.column;
    // Jolt's CommonJS wrapper header shares the first line, which shifts
    // the columns there; accept the unshifted position when it fits.
    if (where.line === 1 && text[column - 1] !== '(' && text[column - 1 - kWrapperHeadLength] === '(') {
      column -= kWrapperHeadLength;
    }
    const code = callExpressionAt(text, column);
    // Control characters in the quoted source are shown escaped.
    return code === undefined ? undefined :
      code.replace(/[\x00-\x08\x0a-\x1f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  } catch {
    return undefined;
  }
}

function checkTruthy(fn, argCount, value, message) {
  if (value) return;
  let generated = false;
  if (argCount === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    const code = sourceOfCall(fn);
    if (code !== undefined) {
      generated = true;
      message = `The expression evaluated to a falsy value:\n\n  ${code}\n`;
    }
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn, diff: activeDiff });
  err.generatedMessage = generated || message == null;
  throw err;
}

function ok(...args) {
  checkTruthy(ok, args.length, args[0], args[1]);
}

// ---- the comparisons --------------------------------------------------------------

let legacyFailWarned = false;
function warnLegacyFail() {
  if (legacyFailWarned) return;
  legacyFailWarned = true;
  process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
    'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
}

function fail(actual, expected, message, operator, stackStartFn) {
  const count = arguments.length;
  if (count === 0) {
    message = 'Failed';
  } else if (count === 1) {
    message = actual;
    actual = undefined;
  } else {
    // Legacy fail(actual, expected, message, operator, stackStartFn).
    warnLegacyFail();
    if (count === 2) operator = '!=';
  }
  if (isError(message)) throw message;
  const details = { actual, expected, operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail, message, diff: activeDiff };
  const err = new AssertionError(details);
  if (count < 2) err.generatedMessage = count === 0;
  throw err;
}

function equal(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (actual === actual || expected === expected)) {
    raise({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
}

function notEqual(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (actual !== actual && expected !== expected)) {
    raise({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
}

function deepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    raise({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
}

function notDeepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepEqual(actual, expected)) {
    raise({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
}

// Options of the Assert instance whose method is running (see Assert).
let skipPrototype = false;
let activeDiff = 'simple';

function deepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepStrictEqual(actual, expected, skipPrototype)) {
    raise({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
}

function notDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepStrictEqual(actual, expected, skipPrototype)) {
    raise({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
}

function strictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!Object.is(actual, expected)) {
    raise({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
}

function notStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (Object.is(actual, expected)) {
    raise({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
}

function partialDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isPartialStrictEqual(actual, expected)) {
    raise({ actual, expected, message, operator: 'partialDeepStrictEqual', stackStartFn: partialDeepStrictEqual });
  }
}

// ---- match / doesNotMatch ----------------------------------------------------------

function checkMatch(fn, string, regexp, message, wanted) {
  if (!types.isRegExp(regexp)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('regexp', 'RegExp', regexp);
  }
  let generated = false;
  if (typeof string !== 'string' || (RegExp.prototype.exec.call(regexp, string) !== null) !== wanted) {
    if (isError(message)) throw message;
    if (message == null) {
      generated = true;
      if (typeof string !== 'string') {
        message = `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`;
      } else {
        const verb = wanted ? 'The input did not match the regular expression' :
          'The input was expected to not match the regular expression';
        message = `${verb} ${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
      }
    }
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn, diff: activeDiff });
    err.generatedMessage = generated;
    throw err;
  }
}

function match(string, regexp, message) {
  checkMatch(match, string, regexp, message, true);
}

function doesNotMatch(string, regexp, message) {
  checkMatch(doesNotMatch, string, regexp, message, false);
}

// ---- throws / rejects ---------------------------------------------------------------

function runCatching(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (err) {
    return err;
  }
  return kNothingThrown;
}

async function settleCatching(promiseFn) {
  let pending;
  if (typeof promiseFn === 'function') {
    pending = promiseFn();
    if (!isThenable(pending)) {
      throw new (codes().ERR_INVALID_RETURN_VALUE)('instance of Promise', 'promiseFn', pending);
    }
  } else if (isThenable(promiseFn)) {
    pending = promiseFn;
  } else {
    throw new (codes().ERR_INVALID_ARG_TYPE)('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await pending;
  } catch (err) {
    return err;
  }
  return kNothingThrown;
}

function isThenable(value) {
  return types.isPromise(value) ||
    (value !== null && typeof value === 'object' && typeof value.then === 'function' &&
     typeof value.catch === 'function');
}

// Copies the listed keys that `source` has; used to show only the compared
// part of a thrown error next to the expected object.
class Comparison {
  constructor(source, keys, actual) {
    for (const key of keys) {
      if (!(key in source)) continue;
      const value = source[key];
      if (actual !== undefined && typeof actual[key] === 'string' && types.isRegExp(value) &&
          RegExp.prototype.exec.call(value, actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = value;
      }
    }
  }
}

// Where the reported stack starts. The async checks resume after an await,
// with nothing of the caller left above them, so their own frames stay.
function stackStart(fn) {
  return fn === rejects || fn === doesNotReject ? undefined : fn;
}

function failWith(fn, actual, expected, message, generated) {
  const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: stackStart(fn), diff: activeDiff });
  err.generatedMessage = generated;
  throw err;
}

// The thrown value against an expected object: every listed key must be
// deep-strictly equal (a RegExp may instead match a string property).
function matchesObject(fn, actual, expected, message) {
  if (actual === null || typeof actual !== 'object') {
    const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: stackStart(fn), diff: activeDiff });
    err.operator = fn.name;
    throw err;
  }
  const keys = Object.keys(expected);
  if (isError(expected)) keys.push('name', 'message');
  else if (keys.length === 0) throw new (codes().ERR_INVALID_ARG_VALUE)('error', expected, 'may not be an empty object');
  for (const key of keys) {
    const want = expected[key];
    const got = actual[key];
    if (typeof got === 'string' && types.isRegExp(want) && RegExp.prototype.exec.call(want, got) !== null) continue;
    if (key in actual && isDeepStrictEqual(got, want)) continue;
    if (message != null) failWith(fn, actual, expected, message, false);
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: stackStart(fn),
      diff: activeDiff,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
}

function describeInstanceMismatch(actual, expected) {
  let text = `The error is expected to be an instance of "${expected.name}". Received `;
  if (!isError(actual)) return `${text}"${inspect(actual, { depth: -1 })}"`;
  const ctor = actual.constructor;
  const name = (ctor && ctor.name) || actual.name;
  text += expected.name === name ? 'an error with identical name but a different prototype.' : `"${name}"`;
  if (actual.message) text += `\n\nError message:\n\n${actual.message}`;
  return text;
}

function checkThrown(fn, actual, expected, message) {
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) return;
    if (Object.prototype.isPrototypeOf.call(Error, expected)) {
      if (message != null) failWith(fn, actual, expected, message, false);
      failWith(fn, actual, expected, describeInstanceMismatch(actual, expected), true);
    }
    const verdict = Reflect.apply(expected, {}, [actual]);
    if (verdict === true) return;
    if (message != null) failWith(fn, actual, expected, message, false);
    const label = expected.name ? `"${expected.name}" ` : '';
    let text = `The ${label}validation function is expected to return "true". Received ${inspect(verdict)}`;
    if (isError(actual)) text += `\n\nCaught error:\n\n${actual}`;
    failWith(fn, actual, expected, text, true);
  }
  if (types.isRegExp(expected)) {
    const input = String(actual);
    if (RegExp.prototype.exec.call(expected, input) !== null) return;
    if (message != null) failWith(fn, actual, expected, message, false);
    failWith(fn, actual, expected,
      `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(input)}\n`, true);
  }
  matchesObject(fn, actual, expected, message);
}

// Shared front half of throws()/rejects(): argument checks and "nothing
// thrown"; then the value is matched against `expected`.
function expectFailure(fn, actual, expected, message, argCount) {
  if (typeof expected === 'string') {
    if (argCount === 3) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('error', ['Object', 'Error', 'Function', 'RegExp'], expected);
    }
    if (actual !== null && typeof actual === 'object') {
      if (actual.message === expected) {
        throw new (codes().ERR_AMBIGUOUS_ARGUMENT)('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === expected) {
      throw new (codes().ERR_AMBIGUOUS_ARGUMENT)('error/message',
        `The error "${actual}" is identical to the message.`);
    }
    message = expected;
    expected = undefined;
  } else if (expected != null && typeof expected !== 'object' && typeof expected !== 'function') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('error', ['Object', 'Error', 'Function', 'RegExp'], expected);
  }
  if (actual === kNothingThrown) {
    const what = fn === rejects ? 'rejection' : 'exception';
    let text = `Missing expected ${what}`;
    if (expected && expected.name) text += ` (${expected.name})`;
    text += message ? `: ${message}` : '.';
    failWith(fn, undefined, expected, text, false);
  }
  if (expected) checkThrown(fn, actual, expected, message);
}

function matchesForDoesNot(actual, expected) {
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) return RegExp.prototype.exec.call(expected, String(actual)) !== null;
    throw new (codes().ERR_INVALID_ARG_TYPE)('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectNoFailure(fn, actual, expected, message) {
  if (actual === kNothingThrown) return;
  if (typeof expected === 'string') {
    message = expected;
    expected = undefined;
  }
  if (!expected || matchesForDoesNot(actual, expected)) {
    const what = fn === doesNotReject ? 'rejection' : 'exception';
    const text = `Got unwanted ${what}${message ? `: ${message}` : '.'}\n` +
      `Actual message: "${actual && actual.message}"`;
    failWith(fn, actual, expected, text, false);
  }
  throw actual;
}

function throws(fn, ...rest) {
  expectFailure(throws, runCatching(fn), rest[0], rest[1], rest.length + 1);
}

async function rejects(promiseFn, ...rest) {
  expectFailure(rejects, await settleCatching(promiseFn), rest[0], rest[1], rest.length + 1);
}

function doesNotThrow(fn, ...rest) {
  expectNoFailure(doesNotThrow, runCatching(fn), rest[0], rest[1]);
}

async function doesNotReject(promiseFn, ...rest) {
  expectNoFailure(doesNotReject, await settleCatching(promiseFn), rest[0], rest[1]);
}

// ---- ifError -------------------------------------------------------------------

function ifError(err) {
  if (err === null || err === undefined) return;
  let text = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) text += err.constructor.name;
    else text += err.message;
  } else {
    text += inspect(err);
  }
  const failure = new AssertionError({ actual: err, expected: null, operator: 'ifError', message: text, stackStartFn: ifError, diff: activeDiff });
  // Keep the frames of the original error below ours.
  const original = err.stack;
  if (typeof original === 'string' && typeof failure.stack === 'string') {
    const theirs = original.split('\n').filter((line) => /^\s+at /.test(line));
    const ours = failure.stack.split('\n');
    const firstFrame = ours.findIndex((line) => /^\s+at /.test(line));
    if (theirs.length !== 0 && firstFrame !== -1) {
      ours.splice(firstFrame, 0, ...theirs);
      failure.stack = ours.join('\n');
    }
  }
  throw failure;
}

// ---- the module object and assert.strict -------------------------------------------

const kMethods = {
  fail, ok, equal, notEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual,
  strictEqual, notStrictEqual, partialDeepStrictEqual, throws, rejects, doesNotThrow,
  doesNotReject, ifError, match, doesNotMatch,
};

// new assert.Assert({ diff, strict, skipPrototype }): the same checks as
// methods. Strict instances map the loose names onto the strict
// comparisons; `diff` is recorded on the errors they throw.
const kOptions = Symbol('kOptions');

// A function rather than a class so that a call without `new` gets Node's
// ERR_CONSTRUCT_CALL_REQUIRED instead of the engine's own TypeError.
function Assert(options = {}) {
  if (new.target === undefined) throw new (codes().ERR_CONSTRUCT_CALL_REQUIRED)('Assert');
  const { diff = 'simple', strict = true, skipPrototype: skip = false } = options ?? {};
  validateOneOf(diff, 'options.diff', ['simple', 'full']);
  Object.defineProperty(this, kOptions, {
    __proto__: null, value: { diff, skipPrototype: Boolean(skip) }, enumerable: false,
  });
  this.AssertionError = AssertionError;
  if (strict) {
    this.equal = this.strictEqual;
    this.deepEqual = this.deepStrictEqual;
    this.notEqual = this.notStrictEqual;
    this.notDeepEqual = this.notDeepStrictEqual;
  }
}

// Runs one check with the options of the Assert instance it was called on
// (plain defaults when detached from it). Errors of the async checks keep
// the default diff, as in Node.
function asMethod(check) {
  const method = function(...args) {
    const options = this !== null && typeof this === 'object' ? this[kOptions] : undefined;
    if (options === undefined) return Reflect.apply(check, undefined, args);
    const outer = [skipPrototype, activeDiff];
    skipPrototype = options.skipPrototype;
    activeDiff = options.diff;
    try {
      return Reflect.apply(check, undefined, args);
    } finally {
      [skipPrototype, activeDiff] = outer;
    }
  };
  Object.defineProperty(method, 'name', { __proto__: null, value: check.name });
  Object.defineProperty(method, 'length', { __proto__: null, value: check.length });
  return method;
}

for (const name of Object.keys(kMethods)) {
  Object.defineProperty(Assert.prototype, name, {
    __proto__: null, value: asMethod(kMethods[name]), writable: true, enumerable: false, configurable: true,
  });
}

function assert(...args) {
  checkTruthy(assert, args.length, args[0], args[1]);
}

function strict(...args) {
  checkTruthy(strict, args.length, args[0], args[1]);
}

module.exports = assert;
assert.AssertionError = AssertionError;
Object.defineProperty(assert, 'CallTracker', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    const { CallTracker } = require('internal/assert/calltracker');
    Object.defineProperty(assert, 'CallTracker', {
      __proto__: null, value: CallTracker, writable: true, enumerable: true, configurable: true,
    });
    return CallTracker;
  },
  set(value) {
    Object.defineProperty(assert, 'CallTracker', {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
  },
});
for (const name of ['ok', 'fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
  'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'match',
  'doesNotMatch', 'throws', 'rejects', 'doesNotThrow', 'doesNotReject', 'ifError']) {
  assert[name] = kMethods[name];
}

Object.assign(strict, assert, {
  equal: strictEqual,
  deepEqual: deepStrictEqual,
  notEqual: notStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
strict.Assert = Assert;
strict.strict = strict;
assert.strict = strict;
assert.Assert = Assert;
