'use strict';
// CommonJS resolution, split from the loader so that a program whose main
// module is named by its path (and which requires nothing by a search)
// never loads it: lookup paths, NODE_PATH and the global folders, files,
// extensions, directories and package.json "main", require.resolve, and
// createRequire. The loader's Module methods of the same names call here.

const path = require('path');
const fsb = internalBinding('fs');
const loader = require('internal/modules/cjs/loader');
const { Module, makeRequireFunction, stat, toRealPath, kModuleParent } = loader;
const isBuiltin = (id) => require('internal/modules/builtins').isBuiltin(id);
const canBeRequiredWithoutScheme = (id) => require('internal/modules/builtins').canBeRequiredWithoutScheme(id);
const requireBuiltin = require;

// Module.globalPaths, searched after every node_modules chain: the NODE_PATH
// entries first, then ~/.node_modules, ~/.node_libraries and
// <prefix>/lib/node, where <prefix> is two levels above the executable.
// (The environment is read directly: process.env is not needed for this.)
function _initPaths() {
  const env = internalBinding('env');
  const home = env.get('HOME');
  const fromEnv = (env.get('NODE_PATH') || '').split(path.delimiter).filter((dir) => dir !== '');
  const homeDirs = home ? [path.resolve(home, '.node_modules'), path.resolve(home, '.node_libraries')] : [];
  const prefixLib = path.resolve(process.execPath, '..', '..', 'lib', 'node');
  Module.globalPaths = [...fromEnv, ...homeDirs, prefixLib];
}

// './x', '../x', '.' and '..' (and their backslash forms) are relative to
// the requiring file; everything else is searched for.
const kRelative = /^\.\.?(?:$|[\\/])/;
function isRelative(request) {
  return kRelative.test(request);
}

// Module._resolveLookupPaths: null for a builtin; for a relative request the
// parent's directory ('.' when the parent has no file, as for -e code); for
// any other the parent's node_modules chain followed by the global folders
// (null when that is empty).
function _resolveLookupPaths(request, parent) {
  const builtinName = request.startsWith('node:') ? isBuiltin(request)
    : isBuiltin(request) && canBeRequiredWithoutScheme(request);
  if (builtinName) return null;
  if (isRelative(request)) {
    const hasFile = parent && parent.id && parent.filename;
    return [hasFile ? path.dirname(parent.filename) : '.'];
  }
  const own = parent && parent.paths && parent.paths.length ? parent.paths : [];
  const dirs = own.concat(Module.globalPaths);
  return dirs.length === 0 ? null : dirs;
}

// ---- file resolution -----------------------------------------------------


// The package.json in `dir` as this resolver reads it, or null.
function readPackage(dir) {
  const pkg = loader.packageIn(path.resolve(dir));
  if (pkg === null) return null;
  if (pkg.error !== null) throw loader.invalidPackageConfig(pkg);
  if (pkg.commonjs === undefined) {
    const { data } = pkg;
    pkg.commonjs = {
      main: typeof data.main === 'string' ? data.main : undefined,
      name: data.name, type: data.type, exports: data.exports, imports: data.imports, path: pkg.path,
    };
  }
  return pkg.commonjs;
}

function existingRealPath(requestPath) {
  if (stat(requestPath) !== 0) return false;
  return toRealPath(requestPath);
}

function withExtensions(basePath, exts) {
  for (let i = 0; i < exts.length; i++) {
    const filename = existingRealPath(basePath + exts[i]);
    if (filename) return filename;
  }
  return false;
}

function fromPackageDirectory(requestPath, exts, isMain, originalPath) {
  const pkg = readPackage(requestPath);
  const main = pkg && pkg.main;
  if (!main) return withExtensions(path.resolve(requestPath, 'index'), exts);
  const filename = path.resolve(requestPath, main);
  let actual = existingRealPath(filename) || withExtensions(filename, exts) ||
    withExtensions(path.resolve(filename, 'index'), exts);
  if (actual === false) {
    actual = withExtensions(path.resolve(requestPath, 'index'), exts);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    } else {
      process.emitWarning(`Invalid 'main' field in '${pkg.path}' of '${main}'. ` +
        'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
    }
  }
  return actual;
}

// Module._findPath: the first of `dirs` (only '' for an absolute request)
// in which `request` names a file, a file with a registered extension, or a
// directory (its package.json "main", else its index file). Answers are
// remembered in Module._pathCache; false when nothing matches.
function _findPath(request, dirs, isMain) {
  const absolute = path.isAbsolute(request);
  const searchIn = absolute ? [''] : dirs;
  if (!searchIn || searchIn.length === 0) return false;
  const memoKey = `${request}\x00${searchIn.join('\x00')}`;
  const known = Module._pathCache[memoKey];
  if (known) return known;
  const found = searchDirectoriesFor(request, searchIn, !absolute && !isRelative(request), isMain);
  if (found) Module._pathCache[memoKey] = found;
  return found;
}

// '.', '..' and requests ending in '/', '/.' or '/..' can only be directories.
const kDirectoryOnly = /(^\.\.?$)|(\/\.{0,2}$)/;

function searchDirectoriesFor(request, dirs, bare, isMain) {
  const directoryOnly = kDirectoryOnly.test(request);
  const exts = Object.keys(Module._extensions);
  for (const dir of dirs) {
    if (dir && stat(dir) < 1) continue;  // missing, or not a directory
    // A package with "exports" is entered only through them.
    if (bare) {
      const exported = resolveThroughExports(dir, request);
      if (exported !== undefined) return exported;
    }
    const candidate = path.resolve(dir, request);
    const kind = stat(candidate);  // 0: file, 1: directory, negative: missing
    let hit = false;
    if (!directoryOnly) hit = (kind === 0 && toRealPath(candidate)) || withExtensions(candidate, exts);
    if (!hit && kind === 1) hit = fromPackageDirectory(candidate, exts, isMain, request);
    if (hit) return hit;
  }
  return false;
}

let packageExports;
function exportsResolver() {
  if (packageExports === undefined) packageExports = require('internal/modules/package_exports');
  return packageExports;
}

// The file "exports" maps `request` to for the package under lookup path
// `dir`, or undefined when that package has no "exports" (or no
// package.json) and the classic rules apply.
function resolveThroughExports(dir, request) {
  const { splitPackageSpecifier, resolvePackageExports } = exportsResolver();
  const spec = splitPackageSpecifier(request);
  if (spec === null) return undefined;
  const pkgDir = path.resolve(dir, spec.name);
  const pkg = readPackage(pkgDir);
  if (pkg === null || pkg.exports === undefined || pkg.exports === null) return undefined;
  return existingFile(resolvePackageExports(`${pkgDir}/`, spec.subpath, pkg.exports), pkg.path);
}

// The nearest package.json at or above `dir` (not looking past a
// node_modules folder) as { dir, pkg }, or null.
function packageScope(dir) {
  const scope = loader.packageScopeOf(dir);
  return scope === null ? null : { dir: scope.dir, pkg: readPackage(scope.dir) };
}

// "exports" and "imports" name exact files: no extensions are tried.
function existingFile(filename, pjsonPath) {
  const real = existingRealPath(filename);
  if (real) return real;
  const err = new Error(`Cannot find module '${filename}'`);
  err.code = 'MODULE_NOT_FOUND';
  err.path = pjsonPath;
  throw err;
}

// '#name' through the "imports" of the requiring file's package, and a
// package requiring itself by name through its own "exports". Undefined
// when neither applies.
function resolveInScope(request, parent, isMain) {
  const filename = parent && parent.filename;
  if (typeof filename !== 'string') return undefined;
  const scope = packageScope(path.dirname(filename));
  if (scope === null) return undefined;
  const { pkg } = scope;
  const pkgDir = `${scope.dir}/`;
  const resolver = exportsResolver();
  if (request.startsWith('#')) {
    if (pkg.imports === undefined || pkg.imports === null) return undefined;
    const resolved = resolver.resolvePackageImports(request, pkgDir, pkg.imports, resolver.kRequireConditions,
      filename, (bare) => Module._resolveFilename(bare, parent, isMain));
    // A bare target was resolved as a package (and checked) already.
    return resolved.startsWith('/') ? existingFile(resolved, pkg.path) : resolved;
  }
  if (typeof pkg.name !== 'string' || pkg.exports === undefined || pkg.exports === null) return undefined;
  if (request !== pkg.name && !request.startsWith(`${pkg.name}/`)) return undefined;
  const subpath = `.${request.slice(pkg.name.length)}`;
  const resolved = resolver.resolvePackageExports(pkgDir, subpath, pkg.exports, resolver.kRequireConditions, filename);
  return existingFile(resolved, pkg.path);
}

function requireStackOf(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = cursor[kModuleParent]) {
    stack.push(cursor.filename || cursor.id);
  }
  return stack;
}

// Where `request` is looked for: the parent's lookup paths, or with
// options.paths each given directory as a new starting point (a relative
// request is tried in the directories themselves, any other in the
// node_modules chain above each and the global folders), first
// occurrence kept.
function searchDirectories(request, parent, options) {
  const given = options !== null && typeof options === 'object' ? options.paths : undefined;
  if (given === undefined) return Module._resolveLookupPaths(request, parent);
  if (!Array.isArray(given)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('options.paths', given);
  }
  if (isRelative(request)) return given;
  const unique = new Set();
  for (const start of given) {
    const probe = new Module('', null);
    probe.paths = Module._nodeModulePaths(start);
    for (const dir of Module._resolveLookupPaths(request, probe)) unique.add(dir);
  }
  return Array.from(unique);
}

function _resolveFilename(request, parent, isMain, options) {
  if (typeof request !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
  }
  if (request.startsWith('node:') || (isBuiltin(request) && canBeRequiredWithoutScheme(request))) {
    return request;
  }
  if (!isRelative(request) && !path.isAbsolute(request)) {
    const inScope = resolveInScope(request, parent, isMain);
    if (inScope !== undefined) return inScope;
  }

  const paths = searchDirectories(request, parent, options);
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;

  const requireStack = requireStackOf(parent);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
}

// module.createRequire: a require() that resolves as a module at `filename`
// would (a directory given with a trailing slash acts as a file inside it).
function createRequire(filename) {
  const absolute = absolutePathOf(filename);
  if (absolute === null) {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const anchor = absolute.endsWith('/') ? path.join(absolute, 'noop.js') : absolute;
  const holder = new Module(anchor);
  holder.filename = anchor;
  holder.paths = Module._nodeModulePaths(path.dirname(anchor));
  return makeRequireFunction(holder);
}

// An absolute path from a path string, a file: URL string or a URL object;
// null for anything else.
function absolutePathOf(value) {
  let text = value;
  if (value !== null && typeof value === 'object' && typeof value.href === 'string') text = value.href;
  if (typeof text !== 'string') return null;
  if (text.startsWith('file://')) text = decodeURIComponent(text.slice('file://'.length));
  return path.isAbsolute(text) ? text : null;
}

function register() {
  const { codes } = requireBuiltin('internal/errors');
  throw new codes.ERR_JOLT_NOT_IMPLEMENTED('module.register() (module customization hooks)');
}

function registerHooks() {
  const { codes } = requireBuiltin('internal/errors');
  throw new codes.ERR_JOLT_NOT_IMPLEMENTED('module.registerHooks() (module customization hooks)');
}

// Named exports of builtins imported by ES modules take the builtin's
// current properties.
function syncBuiltinESMExports() {
  requireBuiltin('internal/modules/esm/loader').syncBuiltinExports();
}

module.exports = {
  _initPaths, _resolveLookupPaths, _findPath, _resolveFilename, createRequire, register, registerHooks,
  syncBuiltinESMExports,
};
