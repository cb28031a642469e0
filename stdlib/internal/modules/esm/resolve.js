'use strict';
// Resolution of `import` specifiers as node's ES module resolver does it:
// relative and absolute paths and file: URLs name exact files (no
// extension or index guessing), bare specifiers go through packages'
// "exports" (conditions import/node/module-sync/default) or their "main",
// '#name' through the "imports" of the importer's package, node: and bare
// builtin names to builtins. The format of a file follows from its
// extension and the "type" of its package.

const fsb = internalBinding('fs');
const { fileUrlOf, dirOf } = require('internal/modules/esm/loader');
// Loaded on first need (start-up of a module that throws nothing).
let errorCodesModule;
function errorCodes() {
  if (errorCodesModule === undefined) errorCodesModule = require('internal/errors').codes;
  return errorCodesModule;
}
let packageExportsModule;
function packageExports() {
  if (packageExportsModule === undefined) packageExportsModule = require('internal/modules/package_exports');
  return packageExportsModule;
}
let builtinsModule;
function builtins() {
  if (builtinsModule === undefined) builtinsModule = require('internal/modules/builtins');
  return builtinsModule;
}

// Plus the user's --conditions / -C.
const kEsmConditions = new Set(['import', 'node', 'module-sync', 'default',
  ...internalBinding('process_methods').options.conditions]);

// ---- paths and file: URLs --------------------------------------------------

// '/a/./b/../c' -> '/a/c'
function normalize(path) {
  const out = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

function pathOfFileUrl(url) {
  let rest = url.slice(7);
  if (rest.startsWith('localhost/')) rest = rest.slice(9);
  const end = rest.search(/[?#]/);
  if (end !== -1) rest = rest.slice(0, end);
  return decodeURIComponent(rest);
}

function statOf(path) {
  return fsb.internalModuleStat(path);
}

// ---- package.json ----------------------------------------------------------

// The one package.json reader (see internal/modules/cjs/loader).
const packageJson = () => require('internal/modules/cjs/loader');

// The parsed package.json in `dir`, or null.
function readPackage(dir) {
  const pkg = packageJson().packageIn(dir);
  if (pkg === null) return null;
  if (pkg.error !== null) throw packageJson().invalidPackageConfig(pkg);
  return pkg.data;
}

// { dir, pkg } of the package.json nearest to `dir`, or null.
function packageScopeOf(dir) {
  const scope = packageJson().packageScopeOf(dir);
  return scope === null ? null : { dir: scope.dir, pkg: readPackage(scope.dir) };
}

function packageTypeOf(filename) {
  return packageJson().packageTypeOf(dirOf(filename));
}

// 'module' | 'commonjs' | 'json' for a file imported by URL.
function formatOf(filename, url) {
  const slash = filename.lastIndexOf('/');
  const dot = filename.lastIndexOf('.');
  const ext = dot > slash + 1 ? filename.slice(dot) : '';
  switch (ext) {
    case '.mjs': return 'module';
    case '.cjs': return 'commonjs';
    case '.json': return 'json';
    case '.js':
    case '': {
      const type = packageTypeOf(filename);
      if (type === 'module') return 'module';
      if (type === 'commonjs' || ext === '') return 'commonjs';
      // No "type": ES module syntax decides, as node 22+ does.
      const { hasModuleSyntax } = require('internal/modules/esm/loader');
      if (!hasModuleSyntax(fsb.readFileUtf8(filename))) return 'commonjs';
      warnTypeless(filename, url);
      return 'module';
    }
    default:
      throw new (errorCodes().ERR_UNKNOWN_FILE_EXTENSION)(ext, filename);
  }
}

// A package.json of the importer's own (not under node_modules) without
// "type", holding a file detected as an ES module: node's warning.
const warnedScopes = new Set();
function warnTypeless(filename, url) {
  const scope = packageScopeOf(dirOf(filename));
  if (scope === null || filename.includes('/node_modules/') || warnedScopes.has(scope.dir)) return;
  warnedScopes.add(scope.dir);
  process.emitWarning(`Module type of ${url} is not specified and it doesn't parse as CommonJS.\n` +
    'Reparsing as ES module because module syntax was detected. This incurs a performance overhead.\n' +
    `To eliminate this warning, add "type": "module" to ${scope.dir}/package.json.`,
  { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
}

// ---- specifiers ------------------------------------------------------------

// The URL `specifier` names, imported from parentUrl (a file: URL).
// `forResolve`: import.meta.resolve(), which does not check that a file
// named by its path exists.
function resolveFile(specifier, parentUrl, conditions, forResolve = false) {
  if (specifier.startsWith('node:')) {
    if (!builtins().isBuiltin(specifier)) throw new (errorCodes().ERR_UNKNOWN_BUILTIN_MODULE)(specifier);
    return specifier;
  }
  if (specifier.startsWith('data:')) {
    if (!/^data:[^,]*,/.test(specifier)) throw new (errorCodes().ERR_INVALID_URL)(specifier);
    return specifier;
  }
  const first = specifier[0];
  const pathLike = first === '/' || specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' ||
    specifier === '..';
  // Errors name the importer by its path, a data: URL as it is.
  let importer;
  if (parentUrl.startsWith('data:')) {
    // No path is relative to a data: URL; bare names resolve from the cwd.
    if (pathLike) throw new (errorCodes().ERR_UNSUPPORTED_RESOLVE_REQUEST)(specifier, parentUrl);
    importer = parentUrl;
    parentUrl = fileUrlOf(`${process.cwd()}/[data]`);
  }
  const parentPath = pathOfFileUrl(parentUrl);
  importer ??= parentPath;
  let path;
  let suffix = '';
  let pathSpecifier;
  if (pathLike) {
    const end = specifier.search(/[?#]/);
    if (end !== -1) {
      suffix = specifier.slice(end);
      specifier = specifier.slice(0, end);
    }
    const joined = first === '/' ? specifier : `${dirOf(parentPath)}/${specifier}`;
    path = normalize(decodeURIComponent(joined));
    if (specifier.endsWith('/')) path += '/';
    pathSpecifier = specifier;
    if (forResolve) return fileUrlOf(path) + suffix;
  } else if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier)) {
    if (!specifier.startsWith('file:')) {
      const { URL } = require('internal/url');
      throw new (errorCodes().ERR_UNSUPPORTED_ESM_URL_SCHEME)(new URL(specifier), ['file', 'data']);
    }
    const { URL } = require('internal/url');
    const url = new URL(specifier);
    suffix = url.search + url.hash;
    path = decodeURIComponent(url.pathname);
    if (forResolve) return url.href;
  } else if (builtins().isBuiltin(specifier)) {
    return `node:${specifier}`;
  } else {
    path = resolveBare(specifier, parentPath, conditions);
  }
  return fileUrlOf(existingFile(path, importer, pathSpecifier)) + suffix;
}

// Checks that `path` is a file; its real path. `specifier` (a path one)
// gets node's hint when CommonJS rules would have found a file.
function existingFile(path, importer, specifier) {
  const trailing = path.length > 1 && path.endsWith('/');
  const plain = trailing ? path.slice(0, -1) : path;
  const kind = statOf(plain);
  let err;
  if (kind === 1) err = new (errorCodes().ERR_UNSUPPORTED_DIR_IMPORT)(plain, importer, fileUrlOf(plain));
  else if (kind !== 0 || trailing) err = new (errorCodes().ERR_MODULE_NOT_FOUND)(plain, importer, fileUrlOf(plain));
  else return fsb.realpath(plain);
  if (specifier !== undefined && !trailing) {
    const base = specifier.endsWith('/') ? specifier.slice(0, -1) : specifier;
    const tries = ['.js', '.json', '.node', '/index.js', '/index.json', '/index.node'];
    const found = tries.find((ext) => statOf(plain + ext) === 0);
    if (found !== undefined) err.message += `\nDid you mean to import "${base}${found}"?`;
  }
  throw err;
}

function resolveBare(specifier, parentPath, conditions) {
  const parentDir = dirOf(parentPath);
  if (specifier.startsWith('#')) {
    const scope = packageScopeOf(parentDir);
    const imports = scope === null ? undefined : scope.pkg.imports;
    return packageExports().resolvePackageImports(specifier, scope === null ? undefined : `${scope.dir}/`, imports,
      conditions, parentPath, (bare) => pathOfFileUrl(resolveFile(bare, fileUrlOf(parentPath), conditions)));
  }
  const spec = packageExports().splitPackageSpecifier(specifier);
  if (spec === null || spec.name.includes('%') || spec.name.includes('\\') || spec.name.startsWith('.')) {
    throw new (errorCodes().ERR_INVALID_MODULE_SPECIFIER)(specifier, 'is not a valid package name', parentPath);
  }
  // The importer's own package, by its name.
  const own = packageScopeOf(parentDir);
  if (own !== null && own.pkg.name === spec.name && own.pkg.exports !== undefined && own.pkg.exports !== null) {
    return packageExports().resolvePackageExports(`${own.dir}/`, spec.subpath, own.pkg.exports, conditions, parentPath);
  }
  for (let dir = parentDir; ; dir = dirOf(dir)) {
    if (!dir.endsWith('/node_modules')) {
      const pkgDir = `${dir === '/' ? '' : dir}/node_modules/${spec.name}`;
      if (statOf(pkgDir) === 1) return resolveInPackage(pkgDir, spec.subpath, conditions, parentPath);
    }
    if (dir === '/') break;
  }
  throw new (errorCodes().ERR_MODULE_NOT_FOUND)(spec.name, parentPath, null);
}

function resolveInPackage(pkgDir, subpath, conditions, parentPath) {
  const pkg = readPackage(pkgDir);
  if (pkg !== null && pkg.exports !== undefined && pkg.exports !== null) {
    return packageExports().resolvePackageExports(`${pkgDir}/`, subpath, pkg.exports, conditions, parentPath);
  }
  if (subpath !== '.') return `${pkgDir}${subpath.slice(1)}`;
  // "main", with the extensions and index files node still tries there.
  const candidates = [];
  if (pkg !== null && typeof pkg.main === 'string' && pkg.main !== '') {
    const main = normalize(`${pkgDir}/${pkg.main}`);
    candidates.push(main, `${main}.js`, `${main}.json`, `${main}.node`, `${main}/index.js`, `${main}/index.json`,
      `${main}/index.node`);
  }
  candidates.push(`${pkgDir}/index.js`, `${pkgDir}/index.json`, `${pkgDir}/index.node`);
  for (const candidate of candidates) if (statOf(candidate) === 0) return candidate;
  throw new (errorCodes().ERR_MODULE_NOT_FOUND)(`${pkgDir}/`, parentPath, null);
}

module.exports = {
  kEsmConditions, resolveFile, formatOf, pathOfFileUrl, packageTypeOf, warnTypeless,
};
