'use strict';
// node:timers

const { Timeout, Immediate, arm, clearTimeout, clearImmediate } = require('internal/timers');

let codes;
function validateCallback(callback) {
  if (typeof callback !== 'function') {
    if (codes === undefined) codes = require('internal/errors').codes;
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
}

function restArgs(args, from) {
  if (args.length <= from) return undefined;
  return Array.prototype.slice.call(args, from);
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateCallback(callback);
  const timeout = new Timeout(callback, after, restArgs(arguments, 2), false, true);
  arm(timeout);
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateCallback(callback);
  const timeout = new Timeout(callback, repeat, restArgs(arguments, 2), true, true);
  arm(timeout);
  return timeout;
}

function clearInterval(timer) {
  // clearTimeout and clearInterval are interchangeable in Node.
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateCallback(callback);
  return new Immediate(callback, restArgs(arguments, 1));
}

module.exports = {
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval,
  setImmediate,
  clearImmediate,
};

// util.promisify(setTimeout) / promisify(setImmediate) are the promise forms.
for (const fn of [setTimeout, setImmediate]) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    __proto__: null, enumerable: true, configurable: false,
    get() { return require('timers/promises')[fn.name]; },
  });
}

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() { return require('timers/promises'); },
});
