'use strict';
// util.deprecate() and the warnings behind it, apart from the rest of
// internal/util so that modules which deprecate something when they load
// (node:buffer's SlowBuffer) need not load all of it.

const { validateString } = require('internal/validators');

// Codes that have already produced their warning in this process.
const reportedCodes = new Set();

function deprecationsSilenced() {
  return process.noDeprecation === true;
}

// Returns a function that emits the warning the first time it is called
// (once per code when a code is given, else once per returned function).
function getDeprecationWarningEmitter(code, message, reference) {
  let done = false;
  return function report() {
    if (done || deprecationsSilenced()) return;
    if (code !== undefined) {
      if (reportedCodes.has(code)) {
        done = true;
        return;
      }
      reportedCodes.add(code);
    }
    done = true;
    process.emitWarning(message, 'DeprecationWarning', code, reference);
  };
}

function deprecate(fn, message, code, unused, modifyPrototype = true) {
  if (code !== undefined) validateString(code, 'code');
  const report = getDeprecationWarningEmitter(code, message, deprecated);

  function deprecated(...callArgs) {
    report();
    if (new.target !== undefined) return Reflect.construct(fn, callArgs, new.target);
    return Reflect.apply(fn, this, callArgs);
  }

  if (modifyPrototype) {
    // Behave like the wrapped function: inherit its statics and share its
    // prototype so `instanceof` keeps working.
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype !== undefined) deprecated.prototype = fn.prototype;
  }
  Object.defineProperty(deprecated, 'length', {
    __proto__: null, value: fn.length, configurable: true,
  });
  return deprecated;
}

// Replace obj[key] by an accessor that warns before handing out the value.
function deprecateProperty(obj, key, message, code) {
  const report = getDeprecationWarningEmitter(code, message);
  let value = obj[key];
  Object.defineProperty(obj, key, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      report();
      return value;
    },
    set(v) {
      report();
      value = v;
    },
  });
  return obj;
}

module.exports = { getDeprecationWarningEmitter, deprecate, deprecateProperty };
