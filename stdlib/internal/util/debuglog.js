'use strict';
// util.debuglog(): section loggers switched on through NODE_DEBUG.
//
// NODE_DEBUG holds section names separated by commas (spaces are part of a
// name, as in Node); `*` matches any run of characters; case is ignored. The variable is
// read once, the first time any logger needs to know whether it is on.

let sectionMatcher;          // RegExp, or null when NODE_DEBUG is empty
const decided = new Map();   // upper-cased section -> boolean

function initializeDebugEnv(value) {
  decided.clear();
  const names = typeof value === 'string' ? value.split(',').filter((n) => n !== '') : [];
  if (names.length === 0) {
    sectionMatcher = null;
    return;
  }
  const alternatives = names.map((name) => {
    let out = '';
    for (const ch of name) {
      if (ch === '*') out += '.*';
      else if ('\\^$.|?+()[]{}-/'.includes(ch)) out += `\\${ch}`;
      else out += ch;
    }
    return out;
  });
  sectionMatcher = new RegExp(`^(?:${alternatives.join('|')})$`, 'i');
}

function sectionEnabled(section) {
  if (sectionMatcher === undefined) initializeDebugEnv(process.env.NODE_DEBUG);
  let on = decided.get(section);
  if (on === undefined) {
    on = sectionMatcher !== null && sectionMatcher.test(section);
    decided.set(section, on);
  }
  return on;
}

function writeLine(section, args) {
  const { formatWithOptions } = require('internal/util/format');
  const text = formatWithOptions({}, ...args);
  process.stderr.write(`${section} ${process.pid}: ${text}\n`);
}

function debuglog(set, cb) {
  const section = `${set}`.toUpperCase();
  // Resolved on first use: either a writer or null (disabled). The optional
  // callback hears about the chosen implementation when the first use is a
  // call (not a read of `.enabled`).
  let impl;

  const resolve = (viaCall) => {
    if (impl === undefined) {
      impl = sectionEnabled(section) ? (...args) => writeLine(section, args) : null;
      if (viaCall && typeof cb === 'function') cb(impl === null ? () => {} : impl);
    }
    return impl;
  };

  const logger = (...args) => {
    const fn = resolve(true);
    if (fn !== null) fn(...args);
  };
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      return resolve(false) !== null;
    },
  });
  return logger;
}

module.exports = {
  debuglog,
  initializeDebugEnv,
};
