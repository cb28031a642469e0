'use strict';
// The parts of the ES module loader that only CommonJS interop and error
// reports need, loaded on first use (not for a plain ES module program):
// the named exports of a CommonJS module (a static scan of its source, the
// subset of node's cjs-module-lexer patterns that real packages use),
// what require() of an ES module returns, and the texts of link errors.

const { readSource, dirOf } = require('internal/modules/esm/loader');

// CommonJS export names, found by scanning the source as node does
// (a subset of its patterns): `exports.x =`, `module.exports.x =`,
// `Object.defineProperty(exports, 'x'`, and the keys of an object literal
// assigned to `module.exports`.
function commonJsExportNames(filename) {
  const names = new Set();
  scanCommonJs(filename, names, new Set());
  names.delete('default');
  return ['default', 'module.exports', ...names];
}

const kRequireCall = String.raw`require\(\s*(['"])([^'"\n]+)\1\s*\)`;

// The descriptors of Object.defineProperty(exports, 'name', ...) that make
// `name` an export, as node's scan reads them: `{ [enumerable: true,]
// value: ... }`, or a getter (`get() {` or `get: function [name]() {`)
// returning a name or a member of one (`a.b`, `a['b']`).
const kDescriptor = new RegExp(String.raw`\{\s*(?:enumerable\s*:\s*true\s*,\s*)?(?:value\s*:|get\s*(?::\s*function\s*[\w$]*\s*)?` +
  String.raw`\(\s*\)\s*\{\s*return\s+[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*|\s*\[\s*(['"])[^'"]*\1\s*\])*\s*;?\s*\})`, 'y');

// Adds the names `filename` exports to `names`, following re-exports of
// other files (`module.exports = require(...)`, TypeScript's
// `__exportStar(require(...), exports)`, `...require(...)` in a literal).
function scanCommonJs(filename, names, seen) {
  if (seen.has(filename)) return;
  seen.add(filename);
  let source;
  try {
    source = readSource(filename);
  } catch {
    return;
  }
  const assign = /(?:^|[^.\w$])(?:module\s*\.\s*)?exports\s*(?:\.\s*([A-Za-z_$][\w$]*)|\[\s*(['"])([^'"]+)\2\s*\])\s*=[^=]/g;
  let m;
  while ((m = assign.exec(source)) !== null) names.add(m[1] ?? m[3]);
  const define = /Object\.defineProperty\(\s*(?:module\.)?exports\s*,\s*(['"])([^'"]+)\1\s*,\s*/g;
  while ((m = define.exec(source)) !== null) {
    kDescriptor.lastIndex = define.lastIndex;
    if (kDescriptor.test(source)) names.add(m[2]);
  }
  const reexports = [];
  const whole = new RegExp(String.raw`(?:^|[^.\w$])module\s*\.\s*exports\s*=\s*${kRequireCall}`, 'g');
  while ((m = whole.exec(source)) !== null) reexports.push(m[2]);
  const star = new RegExp(String.raw`__export(?:Star)?\(\s*${kRequireCall}`, 'g');
  while ((m = star.exec(source)) !== null) reexports.push(m[2]);
  // `module.exports = { a, b: c, 'd': e, ...require('x'), ... }`: its
  // entries up to the first of another form (a value that is no
  // identifier, a method, ...).
  const literal = /(?:^|[^.\w$])module\s*\.\s*exports\s*=\s*\{/g;
  const entry = new RegExp(String.raw`\s*(?:([A-Za-z_$][\w$]*)|(['"])([^'"\\\n]*)\2|\.\.\.${kRequireCall.replace('\\1', '\\4')})` +
    String.raw`\s*(?::\s*[A-Za-z_$][\w$]*\s*)?([,}])`, 'y');
  while ((m = literal.exec(source)) !== null) {
    entry.lastIndex = literal.lastIndex;
    let e;
    while ((e = entry.exec(source)) !== null) {
      if (e[5] !== undefined) {
        reexports.push(e[5]);
      } else {
        const colon = source.lastIndexOf(':', entry.lastIndex) > e.index;
        if (e[1] === undefined && !colon) break;  // 'quoted' needs a value
        names.add(e[1] ?? e[3]);
      }
      if (e[6] === '}') break;
    }
  }
  for (const specifier of reexports) {
    const target = resolveCommonJsRequest(specifier, filename);
    if (target !== null) scanCommonJs(target, names, seen);
  }
}

// The file require(specifier) loads from `filename`, or null (a builtin,
// JSON, or nothing found).
function resolveCommonJsRequest(specifier, filename) {
  const { Module } = require('internal/modules/cjs/loader');
  try {
    const parent = new Module(filename, null);
    parent.filename = filename;
    parent.paths = Module._nodeModulePaths(dirOf(filename));
    const resolved = Module._resolveFilename(specifier, parent, false);
    return resolved.startsWith('/') && !resolved.endsWith('.json') ? resolved : null;
  } catch {
    return null;
  }
}

// Node's hint for a name a CommonJS module's scan did not find: all the
// names imported from that module, read from its default export instead
// (only for an import declaration on one line, the one at `offset`).
function commonJsNameMessage(record, requestIndex, missing, offset) {
  const { imports } = record.info;
  const { specifier } = record.requests[requestIndex];
  const names = [];
  for (let i = 0; i < imports.length; i += 3) {
    if (imports[i] !== requestIndex || imports[i + 1] === 'default' || imports[i + 1] === '*') continue;
    names.push(imports[i + 1] === imports[i + 2] ? imports[i + 1] : `${imports[i + 1]}: ${imports[i + 2]}`);
  }
  const example = importOnOneLine(record, offset) ? `const { ${names.join(', ')} } = pkg;\n` : '';
  return `Named export '${missing}' not found. The requested module '${specifier}' is a CommonJS module, ` +
    'which may not support all module.exports as named exports.\nCommonJS modules can always be imported via ' +
    `the default export, for example using:\n\nimport pkg from '${specifier}';\n${example}`;
}

function importOnOneLine(record, offset) {
  let source = record.source;
  try {
    source ??= readSource(record.filename);
  } catch {
    return true;
  }
  const line = source.slice(source.lastIndexOf('\n', offset - 1) + 1, offset);
  return /^\s*import\b/.test(line);
}

// The importing line, as JSC puts it on a SyntaxError (sourceURL, line),
// for the fatal error report's source line.
function markImportPosition(err, record, offset, specifier) {
  let source;
  try {
    source = readSource(record.filename);
  } catch {
    return;
  }
  require('internal/modules/syntax_position').markTokenSite(err, record.url, source, offset, true, specifier);
}

// The same for a position in the text `source` of the module at `url`.
function markSourcePosition(err, url, source, offset) {
  require('internal/modules/syntax_position').markTokenSite(err, url, source, offset, false, true);
}

// What require() of an ES module gives: its 'module.exports' export when
// it has one; else the namespace, or, when it has a default export, a
// second namespace with `__esModule: true` too (so that transpiled code
// reading .default gets it). The names are read without their values
// (Object.keys would throw for an uninitialised binding).
function requiredNamespaceOf(record, ns) {
  const names = Reflect.ownKeys(ns).filter((key) => typeof key === 'string');
  if (names.includes('module.exports')) return ns['module.exports'];
  if (!names.includes('default') || names.includes('__esModule')) return ns;
  if (record.requireNamespace === undefined) {
    const read = { __proto__: null, __esModule: () => true };
    for (const name of names) read[name] = () => ns[name];
    const { makeNamespace, isSettled, settleNamespace } = require('internal/modules/esm/namespace');
    record.requireNamespace = makeNamespace([...names, '__esModule'].sort(), read);
    if (isSettled(ns)) settleNamespace(record.requireNamespace);
  }
  return record.requireNamespace;
}

module.exports = {
  commonJsExportNames, commonJsNameMessage, markImportPosition, markSourcePosition, requiredNamespaceOf,
};
