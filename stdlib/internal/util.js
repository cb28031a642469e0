'use strict';
// Assorted helpers shared by Jolt's stdlib modules: deprecation wrappers,
// promisify, lazy properties, encoding names and system-error lookups.

const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = Object.freeze({ __proto__: null, enumerable: true });
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
const promisifyArgNames = require('internal/util/promisify_args');

let validatorsModule;
function validators() {
  if (validatorsModule === undefined) validatorsModule = require('internal/validators');
  return validatorsModule;
}

// SGR sequences only (ESC [ params m): what colourised inspect output uses.
const sgrPattern = /\u001b\[[0-9;]*m/g;

function removeColors(text) {
  return String(text).replace(sgrPattern, '');
}

function isError(value) {
  if (value instanceof Error) return true;
  return require('internal/util/types').isNativeError(value);
}

// ---- deprecation --------------------------------------------------------------

const { getDeprecationWarningEmitter, deprecate, deprecateProperty } = require('internal/util/deprecate');

// ---- promisify ----------------------------------------------------------------

function promisify(fn) {
  validators().validateFunction(fn, 'original');

  const preset = fn[promisifyCustom];
  if (preset !== undefined) {
    validators().validateFunction(preset, 'util.promisify.custom');
    return Object.defineProperty(preset, promisifyCustom, {
      __proto__: null, value: preset, enumerable: false, writable: false, configurable: true,
    });
  }

  // Some callbacks deliver several values; such functions list their names
  // and the promise resolves to an object with those keys.
  const names = fn[promisifyArgNames];

  function promisified(...params) {
    return new Promise((ok, fail) => {
      params.push((err, ...values) => {
        if (err) {
          fail(err);
        } else if (names !== undefined && values.length > 1) {
          const out = {};
          for (let i = 0; i < names.length; i++) out[names[i]] = values[i];
          ok(out);
        } else {
          ok(values[0]);
        }
      });
      Reflect.apply(fn, this, params);
    });
  }

  Object.setPrototypeOf(promisified, Object.getPrototypeOf(fn));
  Object.defineProperty(promisified, promisifyCustom, {
    __proto__: null, value: promisified, enumerable: false, writable: false, configurable: true,
  });
  const extra = Object.getOwnPropertyDescriptors(fn);
  for (const key of Reflect.ownKeys(extra)) {
    if (key === promisifyCustom) continue;
    try {
      Object.defineProperty(promisified, key, extra[key]);
    } catch {
      // Non-configurable clash; leave the wrapper's own value.
    }
  }
  return promisified;
}
promisify.custom = promisifyCustom;

// ---- small utilities --------------------------------------------------------

// Remove arr[at] in place (cheaper than splice for the one-element case).
function spliceOne(arr, at) {
  const end = arr.length - 1;
  for (let i = at; i < end; i++) arr[i] = arr[i + 1];
  arr.length = end;
}

function join(list, separator) {
  let out = '';
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out += separator;
    out += list[i];
  }
  return out;
}

function once(fn, { preserveReturnValue = false } = kEmptyObject) {
  let called = false;
  let result;
  return function(...args) {
    if (called) return preserveReturnValue ? result : undefined;
    called = true;
    result = Reflect.apply(fn, this, args);
    return result;
  };
}

// A memoising thunk: initializer runs once, on the first call.
function getLazy(make) {
  let state = 0;
  let value;
  return () => {
    if (state === 0) {
      value = make();
      state = 1;
    }
    return value;
  };
}

// Install getters that require(id)[key] on first access and then turn into
// ordinary data properties.
function defineLazyProperties(target, id, keys, enumerable = true) {
  for (const key of keys) {
    let cached;
    let loaded = false;
    const get = function() {
      if (!loaded) {
        cached = require(id)[key];
        loaded = true;
      }
      return cached;
    };
    Object.defineProperty(get, 'name', { __proto__: null, value: `get ${key}` });
    const set = function(v) {
      Object.defineProperty(this, key, {
        __proto__: null, value: v, writable: true, enumerable, configurable: true,
      });
    };
    Object.defineProperty(set, 'name', { __proto__: null, value: `set ${key}` });
    Object.defineProperty(target, key, { __proto__: null, enumerable, configurable: true, get, set });
  }
}

function defineDataProperty(target, name, v) {
  return Object.defineProperty(target, name, {
    __proto__: null, configurable: true, enumerable: true, writable: true, value: v,
  });
}

const encodingAliases = {
  __proto__: null,
  'utf8': 'utf8', 'utf-8': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'base64': 'base64', 'base64url': 'base64url',
  'hex': 'hex', 'ascii': 'ascii',
};

// Canonical encoding name, or undefined if unknown ('' / nullish -> utf8).
function normalizeEncoding(label) {
  if (label === undefined || label === null || label === '') return 'utf8';
  return encodingAliases[label] ?? encodingAliases[String(label).toLowerCase()];
}

// ---- system errors ------------------------------------------------------------

function checkErrno(err) {
  validators().validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new (require('internal/errors').codes.ERR_OUT_OF_RANGE)('err', 'a negative integer', err);
  }
}

const errorsModule = getLazy(() => require('internal/errors'));

function getSystemErrorName(errno) {
  checkErrno(errno);
  return errorsModule().errnoName(errno);
}

function getSystemErrorMessage(errno) {
  checkErrno(errno);
  return errorsModule().errnoMessage(errno);
}

const getSystemErrorMap = () => errorsModule().getSystemErrorMap();

function toUSVString(input) {
  const s = `${input}`;
  if (typeof s.toWellFormed === 'function') return s.toWellFormed();
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

// ArrayBuffers that postMessage and structuredClone refuse to transfer:
// those given to worker_threads.markAsUntransferable, and the slabs of
// Buffer's pool (detaching one would empty unrelated Buffers).
const untransferable = new WeakSet();

module.exports = {
  kEmptyObject,
  kEnumerableProperty,
  customInspectSymbol,
  customPromisifyArgs: promisifyArgNames,
  kCustomPromisifiedSymbol: promisifyCustom,
  removeColors,
  isError,
  deprecate,
  deprecateProperty,
  getDeprecationWarningEmitter,
  promisify,
  spliceOne,
  join,
  once,
  getLazy,
  defineLazyProperties,
  defineDataProperty,
  normalizeEncoding,
  getSystemErrorName,
  getSystemErrorMessage,
  getSystemErrorMap,
  toUSVString,
  untransferable,
  isWindows: false,
  isMacOS: false,
};
