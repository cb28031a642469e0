'use strict';
// CommonJS modules as Node loads them: Module, require, resolution
// (relative/absolute paths, extensions, directories and package.json
// "main", node_modules up the tree, NODE_PATH and the global folders),
// require.cache, JSON modules, cycles returning partial exports.

// node:path is loaded on first need: the paths the loader handles for a
// main module named by its path are absolute and normal (realpath made
// them), and for those dirname/basename/resolve are string slicing. Loading
// node:path costs about as much start-up time as running a small script.
let pathModule;
function path() {
  if (pathModule === undefined) pathModule = require('path');
  return pathModule;
}
// Absolute, no empty, '.' or '..' segment, no trailing slash (or just '/').
function isNormalAbsolute(p) {
  return typeof p === 'string' && p.charCodeAt(0) === 47 /* / */ && (p.length === 1 || p.charCodeAt(p.length - 1) !== 47) &&
    !p.includes('//') && !p.includes('/./') && !p.includes('/../') && !p.endsWith('/.') && !p.endsWith('/..');
}
function dirnameOf(p) {
  if (!isNormalAbsolute(p)) return path().dirname(p);
  const slash = p.lastIndexOf('/');
  return slash === 0 ? '/' : p.slice(0, slash);
}
function basenameOf(p) {
  if (!isNormalAbsolute(p)) return path().basename(p);
  return p.slice(p.lastIndexOf('/') + 1);
}
// path.resolve(p) for one argument.
function absolutePath(p) {
  if (isNormalAbsolute(p)) return p;
  if (typeof p === 'string' && p.length > 0 && p.charCodeAt(0) !== 47) {
    const cwd = process.cwd();
    const joined = cwd === '/' ? `/${p}` : `${cwd}/${p}`;
    if (isNormalAbsolute(joined)) return joined;
  }
  return path().resolve(p);
}
const fsb = internalBinding('fs');
const contextify = internalBinding('contextify');
// The list of Node's builtins is only needed once a bare specifier is seen.
let builtinsModule;
function builtins() {
  if (builtinsModule === undefined) builtinsModule = require('internal/modules/builtins');
  return builtinsModule;
}
const isBuiltin = (id) => builtins().isBuiltin(id);
const canBeRequiredWithoutScheme = (id) => builtins().canBeRequiredWithoutScheme(id);
const loadBuiltinForUser = (id, request) => builtins().loadBuiltinForUser(id, request);
const requireBuiltin = require;

const kIsMainModule = Symbol('kIsMainModule');
const kModuleParent = Symbol('kModuleParent');

function stat(filename) {
  const cached = statCache !== null ? statCache.get(filename) : undefined;
  if (cached !== undefined) return cached;
  const result = fsb.internalModuleStat(filename);
  if (statCache !== null && result >= 0) statCache.set(filename, result);
  return result;
}
// Stats are cached while a require() call is resolving, as Node does.
let statCache = null;

function toRealPath(requestPath) {
  const cache = Module._realpathCache || (Module._realpathCache = new Map());
  let real = cache.get(requestPath);
  if (real === undefined) {
    real = fsb.realpath(requestPath);
    cache.set(requestPath, real);
  }
  return real;
}

function recordChild(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

function Module(id = '', parent) {
  this.id = id;
  this.path = dirnameOf(id);
  this.exports = {};
  this[kModuleParent] = parent;
  if (parent) recordChild(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

Object.defineProperty(Module.prototype, 'parent', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return this[kModuleParent]; },
  set(value) { this[kModuleParent] = value; },
});

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
// NODE_PATH and the global folders: worked out on first read, since only a
// search for a bare specifier outside every node_modules folder needs them.
let globalPaths;
Object.defineProperty(Module, 'globalPaths', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (globalPaths === undefined) Module._initPaths();
    return globalPaths;
  },
  set(value) { globalPaths = value; },
});
Module.Module = Module;
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module.isBuiltin = isBuiltin;
Object.defineProperty(Module, 'builtinModules', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() { return require('internal/modules/builtins').builtinModules(); },
});

// ---- lookup paths --------------------------------------------------------

// '/a/b/c' -> ['/a/b/c/node_modules', '/a/b/node_modules', '/a/node_modules', '/node_modules']
Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = absolutePath(from);
  if (from === '/') return ['/node_modules'];
  // Each ancestor from the innermost (no split(): a JS builtin that would
  // be compiled at start-up for this alone).
  const paths = [];
  for (let end = from.length; end > 0;) {
    const slash = from.lastIndexOf('/', end - 1);
    if (from.slice(slash + 1, end) !== 'node_modules') paths.push(`${from.slice(0, end)}/node_modules`);
    end = slash;
  }
  paths.push('/node_modules');
  return paths;
};

// ---- resolution, in ./resolve and loaded on first use ---------------------

let resolution;
function resolver() {
  if (resolution === undefined) resolution = require('internal/modules/cjs/resolve');
  return resolution;
}
// These stay overridable Module properties (tools patch _resolveFilename);
// each forwards to ./resolve, which calls back through Module.
for (const name of ['_initPaths', '_resolveLookupPaths', '_findPath', '_resolveFilename', 'createRequire',
  'register', 'registerHooks', 'syncBuiltinESMExports']) {
  Module[name] = { [name](...args) { return resolver()[name].apply(this, args); } }[name];
}

// ---- loading -------------------------------------------------------------

// _load's path for the main module is kept short (what it runs at start-up
// is compiled then); the cases it does not take are helpers below.
Module._load = function _load(request, parent, isMain) {
  if (request.startsWith('node:')) {
    return loadBuiltinForUser(request.slice(5), request);
  }
  if (parent) {
    const known = knownChild(parent, request);
    if (known !== undefined) return known.exports;
  }
  const first = request.charCodeAt(0);
  const isPath = first === 47 /* / */ || first === 46 /* . */;
  if (!isPath && isBuiltin(request) && canBeRequiredWithoutScheme(request)) {
    return loadBuiltinForUser(request, request);
  }
  // An existing file named by its absolute path (the main module, most
  // often) resolves to its real path; no search is needed.
  const filename = first === 47 && stat(request) === 0 ? toRealPath(request) : resolveFresh(request, parent, isMain);
  if (parent) relResolveCache.set(relKeyOf(parent, request), filename);

  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    recordChild(parent, cachedModule, true);
    return cachedModule.exports;
  }

  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    module[kIsMainModule] = true;
    process.mainModule = module;
    mainModule = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) forgetFailed(filename, module, parent);
  }
  return module.exports;
};

function relKeyOf(parent, request) {
  return dirnameOf(parent.filename || '') + '\x00' + request;
}

// The module `parent` got for `request` before, if still in the cache.
function knownChild(parent, request) {
  const relKey = relKeyOf(parent, request);
  const relCached = relResolveCache.get(relKey);
  if (relCached === undefined) return undefined;
  const cachedModule = Module._cache[relCached];
  if (cachedModule !== undefined) {
    recordChild(parent, cachedModule, true);
    return cachedModule;
  }
  relResolveCache.delete(relKey);
  return undefined;
}

// Module._resolveFilename, with stats cached during the outermost call.
function resolveFresh(request, parent, isMain) {
  const outermost = statCache === null;
  if (outermost) statCache = new Map();
  try {
    return Module._resolveFilename(request, parent, isMain);
  } finally {
    if (outermost) statCache = null;
  }
}

// A module whose loading threw leaves the cache and its parent's children.
function forgetFailed(filename, module, parent) {
  delete Module._cache[filename];
  if (parent !== undefined && parent !== null) {
    const children = parent.children;
    if (Array.isArray(children)) {
      const index = children.indexOf(module);
      if (index !== -1) children.splice(index, 1);
    }
  }
}
// parent directory + request -> filename, so repeated requires skip resolution.
const relResolveCache = new Map();
let mainModule;

function registeredExtensionOf(filename) {
  const name = basenameOf(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(dirnameOf(filename));
  const extension = registeredExtensionOf(filename);
  if (filename.endsWith('.mjs') && !Module._extensions['.mjs']) {
    loadAsEsm(this, filename);
    this.loaded = true;
    return;
  }
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  if (typeof id !== 'string') {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
  }
  if (id === '') {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  return Module._load(id, this, false);
};

Module.prototype._compile = function _compile(content, filename) {
  // import() in CommonJS code goes to the ES module loader (JSC's own never
  // settles); the rewrite also covers import() in code the file passes to
  // eval or Function (only a file whose text has `import(` is rewritten:
  // the transform costs a whole pass over the file).
  let code = content;
  if (content.includes('import') && /(^|[^.\w$])import\s*\(/.test(content)) {
    code = esm().rewriteDynamicImport(content, filename);
  }
  let compiledWrapper;
  try {
    compiledWrapper = contextify.compileFunction(code, filename);
  } catch (err) {
    // Where the error is in the file, for its report (JSC gives no
    // column); not for module syntax, which may yet run as an ES module.
    if (!(err instanceof SyntaxError) || esm().hasModuleSyntax(content)) throw err;
    throw requireBuiltin('internal/modules/syntax_position').placeCommonJsError(err, filename, content);
  }
  const dirname = dirnameOf(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  return compiledWrapper.call(exports, exports, require, this, filename, dirname);
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

Module._extensions['.js'] = function loadJs(module, filename) {
  const type = filename.endsWith('.js') ? packageTypeOf(dirnameOf(filename)) : 'commonjs';
  if (type === 'module') {
    loadAsEsm(module, filename);
    return;
  }
  const content = fsb.readFileUtf8(filename);
  try {
    module._compile(stripBOM(content), filename);
  } catch (err) {
    // Without a "type", a file that is no CommonJS for its ES module
    // syntax (or for declaring `require`, `module`, ... with let/const/
    // class at its top level) is an ES module, as node 22+ detects it.
    if (!(err instanceof SyntaxError) || !esm().hasModuleSyntax(content)) throw err;
    if (type !== undefined) throw esm().explainModuleSyntax(err, content, filename);
    esm().warnTypeless(filename);
    loadAsEsm(module, filename);
  }
};

// ---- ES modules: internal/modules/esm/loader, loaded on first need ---------

let esmLoader;
function esm() {
  if (esmLoader === undefined) esmLoader = requireBuiltin('internal/modules/esm/loader');
  return esmLoader;
}
function loadAsEsm(module, filename) {
  if (module[kIsMainModule]) {
    // An ES module main is no CommonJS module: no require.main, no cache entry.
    process.mainModule = undefined;
    mainModule = undefined;
    delete Module._cache[filename];
    requireBuiltin('internal/modules/esm/main').runMainModule(filename);
  } else module.exports = esm().requireModule(filename, module[kModuleParent] && module[kModuleParent].filename);
}
// ---- package.json: the one reader of both module loaders -------------------
// Each file is read and parsed once: the nearest one's "type" says whether
// a .js file is CommonJS or an ES module, and "main", "exports", "imports"
// and "name" how a package resolves (cjs/resolve, esm/resolve). It lives
// here, in a module every CommonJS program loads at start-up, because a
// module of its own would cost start-up time. A file that does not parse
// is remembered as such; the caller reports it (invalidPackageConfig).

// directory -> { dir, path, data, error } for its package.json, or null
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
function packageScopeOf(dir) {
  let scope = scopes.get(dir);
  if (scope !== undefined) return scope;
  scope = dir.endsWith('/node_modules') ? null : packageIn(dir);
  if (scope === null && dir !== '/' && !dir.endsWith('/node_modules')) scope = packageScopeOf(dirnameOf(dir));
  scopes.set(dir, scope);
  return scope;
}

// Node's error for a package.json that does not parse.
function invalidPackageConfig(pkg) {
  const err = new Error(`Invalid package config ${pkg.path}.`);
  err.code = 'ERR_INVALID_PACKAGE_CONFIG';
  err.cause = pkg.error;
  return err;
}

// The "type" of the package whose scope holds `dir`, or undefined.
function packageTypeOf(dir) {
  const scope = packageScopeOf(dir);
  if (scope === null) return undefined;
  if (scope.error !== null) throw invalidPackageConfig(scope);
  return typeof scope.data.type === 'string' ? scope.data.type : undefined;
}

Module._extensions['.json'] = function loadJson(module, filename) {
  const content = fsb.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function loadNative(module, filename) {
  const { codes } = requireBuiltin('internal/errors');
  throw new codes.ERR_JOLT_NOT_IMPLEMENTED(`native addons (${filename})`);
};

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') {
      const { codes } = requireBuiltin('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    if (typeof request !== 'string') {
      const { codes } = requireBuiltin('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests) || requests.length === 0) return;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  for (let n = 0; n < requests.length; n++) parent.require(requests[n]);
};

Module.runMain = function runMain(main = process.argv[1]) {
  const resolved = absolutePath(main);
  Module._load(resolved, null, true);
};

module.exports = {
  packageIn, packageScopeOf, packageTypeOf, invalidPackageConfig,
  Module, makeRequireFunction, kIsMainModule, kModuleParent, stat, toRealPath, absolutePath,
};
