'use strict';
// Stand-ins for the parts of a module Jolt has not written yet: the module
// loads (packages often require it at the top and call it only on some
// paths), and each stand-in fails with ERR_JOLT_NOT_IMPLEMENTED naming itself
// when called, with `new` too.

function notImplemented(label) {
  const { codes } = require('internal/errors');
  return new codes.ERR_JOLT_NOT_IMPLEMENTED(label);
}

// A function (also usable as a constructor) named `name` whose calls throw
// for `${prefix}${name}()${suffix}`.
function standIn(prefix, name, suffix = '') {
  const fn = function () { throw notImplemented(`${prefix}${name}()${suffix}`); };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

module.exports = { notImplemented, standIn };
