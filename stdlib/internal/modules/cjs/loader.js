'use strict';
// CommonJS modules as Node loads them: Module, require, resolution
// (relative/absolute paths, extensions, directories and package.json
// "main", node_modules up the tree, NODE_PATH and the global folders),
// require.cache, JSON modules, cycles returning partial exports.

const path = require('path');
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

const kIsMainSymbol = Symbol('kIsMainSymbol');
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

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this[kModuleParent] = parent;
  updateChildren(parent, this, false);
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
Module.globalPaths = [];
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
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    paths.push((dir === '' ? '' : dir) + '/node_modules');
  }
  if (paths[paths.length - 1] !== '/node_modules') paths.push('/node_modules');
  return paths;
};

Module._initPaths = function _initPaths() {
  // Read the environment directly: building process.env is not needed here.
  const env = internalBinding('env');
  const home = env.get('HOME');
  const nodePath = env.get('NODE_PATH');
  const prefixDir = path.resolve(process.execPath, '..', '..');
  let paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (home) {
    paths.unshift(path.resolve(home, '.node_libraries'));
    paths.unshift(path.resolve(home, '.node_modules'));
  }
  if (nodePath) {
    paths = nodePath.split(path.delimiter).filter(Boolean).concat(paths);
  }
  Module.globalPaths = paths.slice();
};

function isRelative(request) {
  return request === '.' || request === '..' || request.startsWith('./') || request.startsWith('../') ||
    request === '..' || request.startsWith('.\\') || request.startsWith('..\\');
}

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if ((request.startsWith('node:') && isBuiltin(request)) ||
      (isBuiltin(request) && canBeRequiredWithoutScheme(request))) {
    return null;
  }
  if (!isRelative(request)) {
    let paths;
    if (parent && parent.paths && parent.paths.length) {
      paths = parent.paths.concat(Module.globalPaths);
    } else {
      paths = Module.globalPaths.slice();
    }
    return paths.length > 0 ? paths : null;
  }
  // Relative: from the parent's directory (or the cwd for [eval]-like parents).
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

// ---- file resolution -----------------------------------------------------

const packageJsonCache = new Map();

function readPackage(dir) {
  const jsonPath = path.resolve(dir, 'package.json');
  const cached = packageJsonCache.get(jsonPath);
  if (cached !== undefined) return cached;
  let result = null;
  let text;
  try {
    text = fsb.readFileUtf8(jsonPath);
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    try {
      const parsed = JSON.parse(text);
      result = { main: typeof parsed.main === 'string' ? parsed.main : undefined,
                 name: parsed.name, type: parsed.type, exports: parsed.exports, path: jsonPath };
    } catch (e) {
      const err = new Error(`Invalid package config ${jsonPath}.`);
      err.code = 'ERR_INVALID_PACKAGE_CONFIG';
      err.cause = e;
      throw err;
    }
  }
  packageJsonCache.set(jsonPath, result);
  return result;
}

function toRealPath(requestPath) {
  const cache = Module._realpathCache || (Module._realpathCache = new Map());
  let real = cache.get(requestPath);
  if (real === undefined) {
    real = fsb.realpath(requestPath);
    cache.set(requestPath, real);
  }
  return real;
}

function tryFile(requestPath) {
  if (stat(requestPath) !== 0) return false;
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i]);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = readPackage(requestPath);
  const main = pkg && pkg.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename) || tryExtensions(filename, exts) ||
    tryExtensions(path.resolve(filename, 'index'), exts);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts);
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

Module._findPath = function _findPath(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = request + '\x00' + paths.join('\x00');
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  const trailingSlash = request.length > 0 &&
    (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') || request === '.' || request === '..');
  const exts = Object.keys(Module._extensions);

  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (curPath && stat(curPath) < 1) continue;  // not a directory
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = toRealPath(basePath);
      if (!filename) filename = tryExtensions(basePath, exts);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, exts, isMain, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

function requireStackOf(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = cursor[kModuleParent]) {
    stack.push(cursor.filename || cursor.id);
  }
  return stack;
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (typeof request !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
  }
  if (request.startsWith('node:') || (isBuiltin(request) && canBeRequiredWithoutScheme(request))) {
    return request;
  }

  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      if (isRelative(request)) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (let i = 0; i < options.paths.length; i++) {
          const p = options.paths[i];
          fakeParent.paths = Module._nodeModulePaths(p);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (let j = 0; j < lookupPaths.length; j++) {
            if (!paths.includes(lookupPaths[j])) paths.push(lookupPaths[j]);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;

  const requireStack = requireStackOf(parent);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// ---- loading -------------------------------------------------------------

Module._load = function _load(request, parent, isMain) {
  if (request.startsWith('node:')) {
    return loadBuiltinForUser(request.slice(5), request);
  }
  if (parent) {
    const relKey = path.dirname(parent.filename || '') + '\x00' + request;
    const relCached = relResolveCache.get(relKey);
    if (relCached !== undefined) {
      const cachedModule = Module._cache[relCached];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        return cachedModule.exports;
      }
      relResolveCache.delete(relKey);
    }
  }
  const first = request.charCodeAt(0);
  const isPath = first === 47 /* / */ || first === 46 /* . */;
  if (!isPath && isBuiltin(request) && canBeRequiredWithoutScheme(request)) {
    return loadBuiltinForUser(request, request);
  }

  let filename;
  if (first === 47 && stat(request) === 0) {
    // An existing file named by its absolute path (the main module, most
    // often) resolves to its real path; no search is needed.
    filename = toRealPath(request);
  } else {
    const outermost = statCache === null;
    if (outermost) statCache = new Map();
    try {
      filename = Module._resolveFilename(request, parent, isMain);
    } finally {
      if (outermost) statCache = null;
    }
  }
  if (parent) relResolveCache.set(path.dirname(parent.filename || '') + '\x00' + request, filename);

  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    return cachedModule.exports;
  }

  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    module[kIsMainSymbol] = true;
    process.mainModule = module;
    mainModule = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined && parent !== null) {
        const children = parent.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    }
  }
  return module.exports;
};
// parent directory + request -> filename, so repeated requires skip resolution.
const relResolveCache = new Map();
let mainModule;

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
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
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  if (filename.endsWith('.mjs') && !Module._extensions['.mjs']) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_JOLT_NOT_IMPLEMENTED(`require() of the ES module ${filename}`);
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
  const compiledWrapper = contextify.compileFunction(content, filename);
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  return compiledWrapper.call(exports, exports, require, this, filename, dirname);
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

Module._extensions['.js'] = function loadJs(module, filename) {
  const content = fsb.readFileUtf8(filename);
  module._compile(stripBOM(content), filename);
};

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
  setOwnProperty(require, 'main', process.mainModule);
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

function setOwnProperty(obj, key, value) {
  Object.defineProperty(obj, key, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
}

Module.createRequire = function createRequire(filename) {
  let filepath = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filepath = filename.href;
  }
  if (typeof filepath === 'string' && filepath.startsWith('file://')) {
    filepath = decodeURIComponent(filepath.slice(7));
  }
  if (typeof filepath !== 'string' || !path.isAbsolute(filepath)) {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

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
  const resolved = path.resolve(main);
  Module._load(resolved, null, true);
};

Module.register = function register() {
  const { codes } = requireBuiltin('internal/errors');
  throw new codes.ERR_JOLT_NOT_IMPLEMENTED('module.register() (module customization hooks)');
};

Module._initPaths();

module.exports = { Module, makeRequireFunction, kIsMainSymbol };
