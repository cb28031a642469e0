'use strict';
// fs.cp / cpSync / promises.cp. The copy is written once, as a generator
// that yields the file operations it needs ([name, ...args]); the sync
// driver runs them on this thread, the async one through the callback API.
// A filter that returns a promise is awaited by the async form and refused
// by the sync one, as node does.

const fs = require('fs');
const pathModule = require('path');
const {
  codes, toPathString, validateBoolean, validateFunction, validateObject,
} = require('internal/fs/utils');

const kDefaults = {
  __proto__: null, dereference: false, errorOnExist: false, filter: undefined, force: true, mode: 0,
  preserveTimestamps: false, recursive: false, verbatimSymlinks: false,
};

function checkOptions(options) {
  if (options === undefined) return { ...kDefaults };
  validateObject(options, 'options');
  const opts = { ...kDefaults, ...options };
  for (const key of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(opts[key], `options.${key}`);
  }
  if (opts.filter !== undefined) validateFunction(opts.filter, 'options.filter');
  return opts;
}

// The sync form throws plain coded errors, the async one SystemErrors with
// their own wording (both as node does).
function cpError(opts, code, syncMessage, info) {
  if (opts.async) {
    const [errCode, errno] = info.kind;
    return new (codes()[code])({ message: info.message, path: info.path, syscall: 'cp', errno, code: errCode });
  }
  const err = new Error(syncMessage);
  err.code = code;
  return err;
}

const kEISDIR = ['EISDIR', 21];
const kEINVAL = ['EINVAL', 22];
const kENOTDIR = ['ENOTDIR', 20];

function isDir(st) { return st.isDirectory(); }

function isInside(parent, child) {
  const a = pathModule.resolve(parent);
  const b = pathModule.resolve(child);
  return b !== a && b.startsWith(a.endsWith('/') ? a : `${a}/`);
}

// Stat of dest, or null when it does not exist. Without `dereference` a
// symlink at dest is itself what gets overwritten (as in node), not the
// directory or file it points to.
function* statOrNull(opts, path) {
  try {
    return yield [opts.dereference ? 'stat' : 'lstat', path];
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw err;
  }
}

function* allowed(opts, src, dest) {
  if (opts.filter === undefined) return true;
  return yield ['filter', src, dest];
}

function* copyItem(opts, src, dest, top) {
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src];
  const destStat = yield* statOrNull(opts, dest);
  if (destStat && destStat.ino === srcStat.ino && destStat.dev === srcStat.dev) {
    throw cpError(opts, 'ERR_FS_CP_EINVAL', `src and dest cannot be the same ${dest}`,
      { kind: kEINVAL, message: 'src and dest cannot be the same', path: src });
  }
  if (isDir(srcStat)) {
    if (!opts.recursive) {
      throw cpError(opts, 'ERR_FS_EISDIR', `Recursive option not enabled, cannot copy a directory: ${src}/`,
        { kind: kEISDIR, message: `${src} is a directory (not copied)`, path: src });
    }
    if (destStat && !isDir(destStat)) {
      throw cpError(opts, 'ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${dest} with directory ${src}`,
        { kind: kEISDIR, message: `cannot overwrite non-directory ${dest} with directory ${src}`, path: dest });
    }
    if (top && isInside(src, dest)) {
      throw cpError(opts, 'ERR_FS_CP_EINVAL', `Cannot copy ${src}/ to a subdirectory of self ${dest}`,
        { kind: kEINVAL, message: `cannot copy ${src} to a subdirectory of self ${dest}`, path: dest });
    }
    if (!destStat) yield ['mkdir', dest, { mode: srcStat.mode & 0o7777 }];
    const names = yield ['readdir', src];
    for (const name of names) {
      const s = pathModule.join(src, name);
      const d = pathModule.join(dest, name);
      if (yield* allowed(opts, s, d)) yield* copyItem(opts, s, d, false);
    }
    return;
  }
  if (destStat && isDir(destStat)) {
    throw cpError(opts, 'ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${dest} with non-directory ${src}`,
      { kind: kENOTDIR, message: `cannot overwrite directory ${dest} with non-directory ${src}`, path: dest });
  }
  if (srcStat.isSymbolicLink()) {
    let target = yield ['readlink', src];
    if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) {
      target = pathModule.resolve(pathModule.dirname(src), target);
    }
    if (destStat || (yield* lexists(dest))) yield ['unlink', dest];
    yield ['symlink', target, dest];
    return;
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (!opts.force) {
        if (opts.errorOnExist) {
          throw new (codes().ERR_FS_CP_EEXIST)({
            message: `${dest} already exists`, path: dest, syscall: 'cp', errno: 17, code: 'EEXIST',
          });
        }
        return;
      }
      yield ['unlink', dest];
    }
    yield ['copyFile', src, dest, opts.mode];
    if (opts.preserveTimestamps) yield ['utimes', dest, srcStat.atime, srcStat.mtime];
    return;
  }
  if (srcStat.isFIFO()) {
    throw cpError(opts, 'ERR_FS_CP_FIFO_PIPE', `Cannot copy a FIFO pipe: ${dest}`,
      { kind: kEINVAL, message: `cannot copy a FIFO pipe: ${dest}`, path: dest });
  }
  if (srcStat.isSocket()) {
    throw cpError(opts, 'ERR_FS_CP_SOCKET', `Cannot copy a socket file: ${dest}`,
      { kind: kEINVAL, message: `cannot copy a socket file: ${dest}`, path: dest });
  }
  throw cpError(opts, 'ERR_FS_CP_UNKNOWN', `Cannot copy an unknown file type: ${dest}`,
    { kind: kEINVAL, message: `cannot copy an unknown file type: ${dest}`, path: dest });
}

function* lexists(path) {
  try {
    yield ['lstat', path];
    return true;
  } catch {
    return false;
  }
}

function* copyRoot(opts, src, dest) {
  if (!(yield* allowed(opts, src, dest))) return;
  yield* copyItem(opts, src, dest, true);
}

function prepare(src, dest, options) {
  const opts = checkOptions(options);
  return [opts, toPathString(src, 'src'), toPathString(dest, 'dest')];
}

// One yielded operation in the sync form.
function performSync(opts, [op, ...args]) {
  if (op !== 'filter') return fs[`${op}Sync`](...args);
  const keep = opts.filter(...args);
  if (typeof keep?.then === 'function') throw new (codes().ERR_INVALID_RETURN_VALUE)('boolean', 'filter', keep);
  return Boolean(keep);
}

// ... and in the async form.
async function performAsync(opts, [op, ...args]) {
  if (op === 'filter') return Boolean(await opts.filter(...args));
  return new Promise((resolve, reject) => {
    fs[op](...args, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

// Hands the outcome of an operation back to the copy.
function resume(gen, failed, value) {
  return failed ? gen.throw(value) : gen.next(value);
}

function runSync(gen, opts) {
  for (let step = gen.next(); !step.done;) {
    let value;
    try {
      value = performSync(opts, step.value);
    } catch (err) {
      step = resume(gen, true, err);
      continue;
    }
    step = resume(gen, false, value);
  }
}

async function runAsync(gen, opts) {
  for (let step = gen.next(); !step.done;) {
    let value;
    try {
      value = await performAsync(opts, step.value);
    } catch (err) {
      step = resume(gen, true, err);
      continue;
    }
    step = resume(gen, false, value);
  }
}

function cpSync(src, dest, options) {
  const [opts, s, d] = prepare(src, dest, options);
  runSync(copyRoot(opts, s, d), opts);
}

async function cp(src, dest, options) {
  const [opts, s, d] = prepare(src, dest, options);
  opts.async = true;
  await runAsync(copyRoot(opts, s, d), opts);
}

module.exports = { cp, cpSync };
