'use strict';
// Package entry points: the "exports" and "imports" fields of package.json,
// resolved as Node's documented resolution algorithm describes
// (PACKAGE_EXPORTS_RESOLVE, PACKAGE_IMPORTS_RESOLVE, PACKAGE_TARGET_RESOLVE).
// Shared by the CommonJS resolver and the ES module loader; both pass their
// own set of conditions. Paths here are plain absolute file paths: `pkgDir`
// ends with '/', `pjsonPath` is `${pkgDir}package.json`.

const { codes } = require('internal/errors');

// The conditions require() matches, in no particular order (the order of
// the keys in package.json decides). Node 24 also matches 'module-sync',
// which selects ES module files that require() loads; Jolt matches it once
// its ES module loader exists, and until then takes the CommonJS branch
// that such packages also provide.
const kRequireConditions = new Set(['require', 'node', 'node-addons', 'default']);
if (internalBinding('builtins').has('internal/modules/esm/loader')) kRequireConditions.add('module-sync');
for (const condition of internalBinding('process_methods').options.conditions) kRequireConditions.add(condition);

// Whether `text` (a target after its './', or what a pattern's '*'
// matched) has a segment that must not appear: '.', '..' or
// 'node_modules' (also percent-encoded, any case), or '' unless
// `emptyAllowed`.
function hasBadSegment(text, emptyAllowed) {
  for (const segment of text.split(/[\\/]/)) {
    if (segment === '') {
      if (!emptyAllowed) return true;
      continue;
    }
    if (segment.length > 36) continue;  // longer than 'node_modules' fully escaped
    const plain = segment.includes('%')
      ? segment.replace(/%([0-9a-f]{2})/gi, (escape, hex) => String.fromCharCode(parseInt(hex, 16))).toLowerCase()
      : segment.toLowerCase();
    if (plain === '.' || plain === '..' || plain === 'node_modules') return true;
  }
  return false;
}

// Node still resolves a target or pattern match with empty segments, with
// DEP0166 (once per message). `resolved`: the target, '*' replaced.
const warnedSlashes = new Set();
function warnSlashes(ctx, key, match, resolved) {
  const kind = resolved.includes('//', 1) ? 'double slash' : 'leading or trailing slash matching';
  const request = match === null ? key : key.replace('*', () => match);
  const message = `Use of deprecated ${kind} resolving "${resolved}" for module request "${request}"` +
    `${match === null ? '' : ` matched to "${key}"`} in the "${ctx.isImports ? 'imports' : 'exports'}" field ` +
    `module resolution of the package at ${ctx.pkgDir}package.json${ctx.base ? ` imported from ${ctx.base}` : ''}.`;
  if (warnedSlashes.has(message)) return;
  warnedSlashes.add(message);
  process.emitWarning(message, 'DeprecationWarning', 'DEP0166');
}

// The file a resolved target names: it is a URL path, so percent-escapes
// stand for their characters (not '/' or '\\', which node refuses).
function filePath(ctx, target) {
  if (!target.includes('%')) return target;
  if (/%2f|%5c/i.test(target)) {
    // require() names the file by URL, import by path and importer.
    const required = ctx.conditions.has('require');
    throw new codes.ERR_INVALID_MODULE_SPECIFIER(required ? `file://${target}` : target,
      'must not include encoded "/" or "\\" characters', required ? undefined : ctx.base);
  }
  try {
    return decodeURIComponent(target);
  } catch {
    return target;  // not an escape: the text as it is
  }
}

function invalidTarget(pkgDir, key, target, isImports, base) {
  return new codes.ERR_INVALID_PACKAGE_TARGET(pkgDir, key, target, isImports, base);
}

// "exports" as a map of subpaths; a string, array or conditions object is
// the main entry.
function subpathMap(exports, pjsonPath, base) {
  if (typeof exports === 'string' || Array.isArray(exports) || exports === null || typeof exports !== 'object') {
    return { '.': exports };
  }
  let dotKeys = 0;
  const keys = Object.keys(exports);
  for (const key of keys) if (key.startsWith('.')) dotKeys++;
  if (dotKeys === 0) return { '.': exports };
  if (dotKeys !== keys.length) {
    throw new codes.ERR_INVALID_PACKAGE_CONFIG(pjsonPath, base,
      '"exports" cannot contain some keys starting with \'.\' and some not. The exports object must either be ' +
      'an object of package subpath keys or an object of main entry condition name keys only.');
  }
  return exports;
}

// The key of `map` that matches `request`, and the part a '*' stands for:
// an exact key without '*' first, then the pattern with the longest prefix
// before its '*' (then the longest key).
function matchKey(map, request) {
  if (Object.prototype.hasOwnProperty.call(map, request) && !request.includes('*')) {
    return { key: request, match: null };
  }
  let best = null;
  let bestMatch = null;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1 || key.indexOf('*', star + 1) !== -1) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (!request.startsWith(prefix) || request === prefix) continue;
    if (request.length < key.length || !request.endsWith(suffix)) continue;
    if (best === null || comparePatternKeys(best, key) > 0) {
      best = key;
      bestMatch = request.slice(star, request.length - suffix.length);
    }
  }
  return best === null ? null : { key: best, match: bestMatch };
}

// Positive when b sorts before a (b is the better match).
function comparePatternKeys(a, b) {
  const aBase = a.indexOf('*') + 1;
  const bBase = b.indexOf('*') + 1;
  if (aBase !== bBase) return bBase - aBase;
  return b.length - a.length;
}

// The file a target names; undefined when no condition matched; null when
// the target excludes the subpath. `resolveBare(specifier)` resolves an
// "imports" target that names another package.
function resolveTarget(ctx, target, match, key) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (ctx.isImports && !target.startsWith('../') && !target.startsWith('/') && !isUrlLike(target)) {
        const specifier = match === null ? target : target.replaceAll('*', () => match);
        return ctx.resolveBare(specifier);
      }
      throw invalidTarget(ctx.pkgDir, key, target, ctx.isImports, ctx.base);
    }
    if (hasBadSegment(target.slice(2), true)) {
      throw invalidTarget(ctx.pkgDir, key, target, ctx.isImports, ctx.base);
    }
    if (match === null) {
      if (target.includes('//', 1)) warnSlashes(ctx, key, null, target);
      return filePath(ctx, ctx.pkgDir + target.slice(2));
    }
    if (hasBadSegment(match, true)) {
      const request = key.replace('*', () => match);
      throw new codes.ERR_INVALID_MODULE_SPECIFIER(request,
        `request is not a valid match in pattern "${key}" for the "${ctx.isImports ? 'imports' : 'exports'}" ` +
        `resolution of ${ctx.pkgDir}package.json`, ctx.base);
    }
    const resolved = target.replaceAll('*', () => match);
    if (match.startsWith('/') || match.endsWith('/') || resolved.includes('//', 1)) warnSlashes(ctx, key, match, resolved);
    return filePath(ctx, ctx.pkgDir + resolved.slice(2));
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const candidate of target) {
      let resolved;
      try {
        resolved = resolveTarget(ctx, candidate, match, key);
      } catch (err) {
        lastError = err;
        if (err.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw err;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastError = null;
        continue;
      }
      return resolved;
    }
    if (lastError === undefined || lastError === null) return lastError;
    throw lastError;
  }
  if (target !== null && typeof target === 'object') {
    for (const condition of Object.keys(target)) {
      if (isArrayIndex(condition)) {
        throw new codes.ERR_INVALID_PACKAGE_CONFIG(`${ctx.pkgDir}package.json`, ctx.base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (const condition of Object.keys(target)) {
      if (condition !== 'default' && !ctx.conditions.has(condition)) continue;
      const resolved = resolveTarget(ctx, target[condition], match, key);
      if (resolved === undefined) continue;
      return resolved;
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(ctx.pkgDir, key, target, ctx.isImports, ctx.base);
}

function isArrayIndex(key) {
  const n = Number(key);
  return `${n}` === key && n >= 0 && n < 0xFFFFFFFF;
}

function isUrlLike(text) {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(text);
}

// The file for `subpath` ('.' or './x') of the package in pkgDir.
function resolvePackageExports(pkgDir, subpath, exports, conditions = kRequireConditions, base = undefined) {
  const pjsonPath = `${pkgDir}package.json`;
  const map = subpathMap(exports, pjsonPath, base);
  const found = matchKey(map, subpath);
  if (found !== null) {
    const ctx = { pkgDir, conditions, base, isImports: false, resolveBare: null };
    const resolved = resolveTarget(ctx, map[found.key], found.match, found.key);
    if (resolved !== null && resolved !== undefined) return resolved;
  }
  throw new codes.ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDir, subpath, base);
}

// The file (or, through resolveBare, the package) for a '#name' specifier.
function resolvePackageImports(specifier, pkgDir, imports, conditions, base, resolveBare) {
  if (specifier === '#' || specifier.startsWith('#/')) {
    throw new codes.ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid internal imports specifier name', base);
  }
  if (imports !== null && typeof imports === 'object' && !Array.isArray(imports)) {
    const found = matchKey(imports, specifier);
    if (found !== null) {
      const ctx = { pkgDir, conditions, base, isImports: true, resolveBare };
      const resolved = resolveTarget(ctx, imports[found.key], found.match, found.key);
      if (resolved !== null && resolved !== undefined) return resolved;
    }
  }
  throw new codes.ERR_PACKAGE_IMPORT_NOT_DEFINED(specifier, pkgDir, base);
}

// 'name' or '@scope/name', and the rest as './rest' (or '.').
function splitPackageSpecifier(request) {
  let end = request.indexOf('/');
  if (request.startsWith('@')) {
    if (end === -1) return null;
    end = request.indexOf('/', end + 1);
  }
  const name = end === -1 ? request : request.slice(0, end);
  return { name, subpath: end === -1 ? '.' : `.${request.slice(end)}` };
}

module.exports = {
  kRequireConditions,
  resolvePackageExports,
  resolvePackageImports,
  splitPackageSpecifier,
};
