'use strict';
// node:path. The POSIX flavour lives here and is the module's value; the
// Windows flavour (internal/path/win32) is only loaded when one of the
// path.win32 methods is first called.

function mustBeString(value, name) {
  if (typeof value === 'string') return;
  const { codes } = require('internal/errors');
  throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

// Collapse '.', '..' and empty segments of a slash-separated string. When
// `keepUp` is true, '..' segments that climb past the start are retained.
function squash(text, keepUp) {
  const out = [];
  for (const piece of text.split('/')) {
    if (piece === '' || piece === '.') continue;
    if (piece === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (keepUp) out.push('..');
      continue;
    }
    out.push(piece);
  }
  return out.join('/');
}

// What normalize() changes: an empty segment (two slashes in a row; the
// empty segments of a leading root and of one trailing slash are kept) or
// a '.' or '..' segment. Most paths a program joins have none, and then
// normalize() returns them as they are. A regular expression rather than a
// loop over the characters: as fast once warm, and it costs no optimizing
// compilation while a program is starting (a loop here did, ~1.5 ms of
// compiler time for the first few thousand path.join() calls).
const kNotNormalized = /\/\/|(?:^|\/)\.\.?(?:\/|$)/;

// Index just past the last character that is not a trailing slash (never
// below `floor`).
function trimTrailing(text, floor) {
  let end = text.length;
  while (end > floor && text.charCodeAt(end - 1) === 47 /* / */) end--;
  return end;
}

// The extension of one path segment, as Node reports it.
function segmentExt(segment) {
  const dot = segment.lastIndexOf('.');
  if (dot <= 0 || segment === '..') return '';
  return segment.slice(dot);
}

// The exported format() is a bound function called "bound _format", as in Node.
const _format = { _format(separator, pathObject) { return require('internal/path/format').formatPath(separator, pathObject); } }._format;

const posix = {
  resolve(...paths) {
    let acc = '';
    let rooted = false;
    for (let i = paths.length - 1; i >= -1 && !rooted; i--) {
      const piece = i >= 0 ? paths[i] : process.cwd();
      mustBeString(piece, `paths[${i}]`);
      if (piece.length === 0) continue;
      acc = acc.length === 0 ? piece : `${piece}/${acc}`;
      rooted = piece.charCodeAt(0) === 47;
    }
    const body = squash(acc, !rooted);
    if (rooted) return `/${body}`;
    return body.length > 0 ? body : '.';
  },

  normalize(path) {
    mustBeString(path, 'path');
    if (path.length === 0) return '.';
    if (!kNotNormalized.test(path)) return path;
    const rooted = path.charCodeAt(0) === 47;
    const slashAtEnd = path.charCodeAt(path.length - 1) === 47;
    let body = squash(path, !rooted);
    if (body.length === 0) {
      if (rooted) return '/';
      return slashAtEnd ? './' : '.';
    }
    if (slashAtEnd) body += '/';
    return rooted ? `/${body}` : body;
  },

  isAbsolute(path) {
    mustBeString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === 47;
  },

  join(...paths) {
    let joined;
    for (let i = 0; i < paths.length; i++) {
      const piece = paths[i];
      mustBeString(piece, 'path');
      if (piece.length === 0) continue;
      joined = joined === undefined ? piece : `${joined}/${piece}`;
    }
    return joined === undefined ? '.' : posix.normalize(joined);
  },

  relative(from, to) {
    mustBeString(from, 'from');
    mustBeString(to, 'to');
    if (from === to) return '';
    const a = posix.resolve(from);
    const b = posix.resolve(to);
    if (a === b) return '';
    const aParts = a === '/' ? [] : a.slice(1).split('/');
    const bParts = b === '/' ? [] : b.slice(1).split('/');
    let shared = 0;
    while (shared < aParts.length && shared < bParts.length && aParts[shared] === bParts[shared]) shared++;
    const steps = [];
    for (let i = shared; i < aParts.length; i++) steps.push('..');
    for (let i = shared; i < bParts.length; i++) steps.push(bParts[i]);
    return steps.join('/');
  },

  toNamespacedPath(path) {
    // Nothing to do on POSIX.
    return path;
  },

  dirname(path) {
    mustBeString(path, 'path');
    if (path.length === 0) return '.';
    const rooted = path.charCodeAt(0) === 47;
    let i = trimTrailing(path, 1) - 1;
    while (i > 0 && path.charCodeAt(i) !== 47) i--;
    if (i <= 0) return rooted ? '/' : '.';
    if (rooted && i === 1) return '//';
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) mustBeString(suffix, 'suffix');
    mustBeString(path, 'path');
    const end = trimTrailing(path, 0);
    const start = path.lastIndexOf('/', end - 1) + 1;
    const name = path.slice(start, end);
    if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) return name;
    if (suffix === path) return '';
    return stripSuffix(path, start, end, name, suffix);
  },

  extname(path) {
    mustBeString(path, 'path');
    const end = trimTrailing(path, 0);
    const start = path.lastIndexOf('/', end - 1) + 1;
    return segmentExt(path.slice(start, end));
  },

  format: _format.bind(null, '/'),

  parse(path) {
    mustBeString(path, 'path');
    const parts = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return parts;
    const rootLen = path.charCodeAt(0) === 47 ? 1 : 0;
    if (rootLen === 1) parts.root = '/';
    const end = trimTrailing(path, rootLen);
    const start = Math.max(path.lastIndexOf('/', end - 1) + 1, rootLen);
    if (end > start) {
      const base = path.slice(start, end);
      const ext = segmentExt(base);
      parts.base = base;
      parts.ext = ext;
      parts.name = ext.length > 0 ? base.slice(0, base.length - ext.length) : base;
      if (base === '..' && start === 1) {
        // Node quirk: a '..' right after the root reads as name '.' + ext '.'.
        parts.ext = '.';
        parts.name = '.';
      }
    }
    parts.dir = start > rootLen ? path.slice(0, start - 1) : parts.root;
    return parts;
  },

  matchesGlob(path, pattern) {
    return require('internal/path/glob').matchGlobPattern(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

// basename() with a suffix argument: the suffix is removed when the name
// ends with it and is longer than it. A name that is itself the tail end of
// a longer suffix is returned together with any trailing separators, which
// is how Node behaves.
function stripSuffix(path, start, end, name, suffix) {
  if (name.length > suffix.length) {
    return name.endsWith(suffix) ? name.slice(0, name.length - suffix.length) : name;
  }
  if (name.length === 0) return path;
  if (name.length === suffix.length || !suffix.endsWith(name)) return name;
  return path.slice(start);
}

// path.win32 starts out as stubs with the right names and lengths that
// forward to the real implementation, loaded on first call.
let win32Impl;
function loadWin32() {
  if (win32Impl === undefined) win32Impl = require('internal/path/win32');
  return win32Impl;
}
const win32 = {};
const kWin32Methods = [
  ['resolve', 0], ['normalize', 1], ['isAbsolute', 1], ['join', 0], ['relative', 2],
  ['toNamespacedPath', 1], ['dirname', 1], ['basename', 2], ['extname', 1],
  ['format', 1, 'bound _format'], ['parse', 1], ['matchesGlob', 2],
];
for (const [key, arity, shownName] of kWin32Methods) {
  const stub = function(...args) {
    return loadWin32()[key](...args);
  };
  Object.defineProperty(stub, 'name', { __proto__: null, value: shownName || key, configurable: true });
  Object.defineProperty(stub, 'length', { __proto__: null, value: arity, configurable: true });
  win32[key] = stub;
}
win32.sep = '\\';
win32.delimiter = ';';
win32.win32 = win32;
win32.posix = posix;
posix.win32 = win32;
posix.posix = posix;

// DEP0080: the old private alias.
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = posix;
