'use strict';
// The package.json files of both module loaders, each read and parsed
// once: the nearest one's "type" says whether a .js file is CommonJS or an
// ES module, and "main", "exports", "imports" and "name" how a package
// resolves. A file that does not parse is remembered as such; the caller
// reports it (invalidConfig gives node's error).

const fsb = internalBinding('fs');

// directory -> { path, data, error } for its package.json, or null (none)
const packages = new Map();
// directory -> the package whose scope holds it, or null
const scopes = new Map();

// The package.json in `dir` (an absolute, normal path), or null.
function packageIn(dir) {
  let pkg = packages.get(dir);
  if (pkg !== undefined) return pkg;
  pkg = null;
  const path = dir === '/' ? '/package.json' : `${dir}/package.json`;
  if (fsb.internalModuleStat(path) === 0) {
    pkg = { dir, path, data: null, error: null, commonjs: undefined };
    try {
      const data = JSON.parse(fsb.readFileUtf8(path));
      pkg.data = data !== null && typeof data === 'object' ? data : {};
    } catch (err) {
      pkg.error = err;
    }
  }
  packages.set(dir, pkg);
  return pkg;
}

// The nearest package.json at or above `dir`, not looking past a
// node_modules folder (a package there has its own scope), or null.
function scopeOf(dir) {
  let scope = scopes.get(dir);
  if (scope !== undefined) return scope;
  if (dir.endsWith('/node_modules')) {
    scope = null;
  } else {
    scope = packageIn(dir);
    if (scope === null && dir !== '/') {
      const slash = dir.lastIndexOf('/');
      scope = scopeOf(slash === 0 ? '/' : dir.slice(0, slash));
    }
  }
  scopes.set(dir, scope);
  return scope;
}

// "module", "commonjs" (or any other string it says) or undefined: the
// "type" of the package whose scope holds `dir`.
function typeOf(dir) {
  const scope = scopeOf(dir);
  if (scope === null) return undefined;
  if (scope.error !== null) throw invalidConfig(scope);
  const { type } = scope.data;
  return typeof type === 'string' ? type : undefined;
}

// Node's error for a package.json that does not parse.
function invalidConfig(pkg) {
  const err = new Error(`Invalid package config ${pkg.path}.`);
  err.code = 'ERR_INVALID_PACKAGE_CONFIG';
  err.cause = pkg.error;
  return err;
}

module.exports = { packageIn, scopeOf, typeOf, invalidConfig };
