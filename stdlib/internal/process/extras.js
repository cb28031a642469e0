'use strict';
// The methods and properties of `process` most programs never touch:
// getBuiltinModule, loadEnvFile, the uncaught-exception capture callback,
// _rawDebug, allowedNodeEnvironmentFlags, finalization, ref/unref, and the
// ones Jolt cannot provide (dlopen, binding) failing clearly. Loaded on the
// first use of any of them (internal/bootstrap/node installs stubs).

const { codes } = require('internal/errors');
const { validateBoolean, validateFunction, validateObject, validateString } = require('internal/validators');

function getBuiltinModule(id) {
  validateString(id, 'id');
  const builtins = require('internal/modules/builtins');
  if (!builtins.isBuiltin(id)) return undefined;
  return builtins.loadBuiltinForUser(id.startsWith('node:') ? id.slice(5) : id, id);
}

// Variables of a .env file that the environment does not have already.
function loadEnvFile(path = '.env') {
  const fs = require('fs');
  if (typeof path !== 'string' && !Buffer.isBuffer(path) && !(path instanceof URL)) {
    throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  const parsed = require('util').parseEnv(fs.readFileSync(path, 'utf8'));
  for (const key of Object.keys(parsed)) {
    if (process.env[key] === undefined) process.env[key] = parsed[key];
  }
}

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn !== null && typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', ['function', 'null'], fn);
  require('internal/process/execution').setCaptureCallback(fn);
}

function hasUncaughtExceptionCaptureCallback() {
  return require('internal/process/execution').hasCaptureCallback();
}

// Straight to fd 2, formatted as console.error would, bypassing streams.
function _rawDebug(...args) {
  internalBinding('stdio').writeSync(2, `${require('util').format(...args)}\n`);
}

// process.ref(x) / process.unref(x): x's own ref()/unref() (or the
// nodejs.ref / nodejs.unref symbol methods, preferred), if it has them.
function callRefMethod(value, symbolName, method) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return;
  const bySymbol = value[Symbol.for(symbolName)];
  if (typeof bySymbol === 'function') bySymbol.call(value);
  else if (typeof value[method] === 'function') value[method]();
}
const ref = (value) => callRefMethod(value, 'nodejs.ref', 'ref');
const unref = (value) => callRefMethod(value, 'nodejs.unref', 'unref');

// Jolt reports positions in the source it ran; the flag is only kept.
function setSourceMapsEnabled(enabled) {
  validateBoolean(enabled, 'enabled');
  process.sourceMapsEnabled = enabled;
}

function openStdin() {
  process.stdin.resume();
  return process.stdin;
}

function dlopen(module, filename) {
  validateObject(module, 'module');
  throw new codes.ERR_JOLT_NOT_IMPLEMENTED(`native addons (${filename})`);
}

function binding(name) {
  throw new codes.ERR_JOLT_NOT_IMPLEMENTED(`process.binding('${name}')`);
}

// Memory the cgroup allows (2 ** 64 when unlimited, as node reports it) and
// what is left of it.
function cgroupLimit() {
  const fs = require('fs');
  for (const file of ['/sys/fs/cgroup/memory.max', '/sys/fs/cgroup/memory/memory.limit_in_bytes']) {
    try {
      const text = fs.readFileSync(file, 'latin1').trim();
      if (text === 'max') return undefined;
      const n = Number(text);
      if (Number.isFinite(n) && n > 0 && n < 2 ** 62) return n;
      return undefined;
    } catch {
      // Not this cgroup version.
    }
  }
  return undefined;
}
function constrainedMemory() { return cgroupLimit() ?? 2 ** 64; }
function availableMemory() {
  const free = require('os').freemem();
  const limit = cgroupLimit();
  if (limit === undefined) return free;
  let used = 0;
  try { used = Number(require('fs').readFileSync('/sys/fs/cgroup/memory.current', 'latin1')) || 0; } catch {}
  return Math.min(free, Math.max(0, limit - used));
}

// Flags of jolt's command line that node also allows in NODE_OPTIONS.
const kEnvironmentFlags = [
  '--conditions', '-C', '--expose-gc', '--input-type', '--no-deprecation', '--no-warnings', '--require', '-r',
  '--test-force-exit', '--test-name-pattern', '--test-only', '--test-reporter', '--test-reporter-destination',
  '--test-skip-pattern', '--test-timeout', '--throw-deprecation', '--trace-deprecation', '--trace-warnings',
];

// A read-only Set whose has() takes a flag as NODE_OPTIONS would carry it:
// with or without leading dashes, '_' for '-', an '=value' suffix.
class EnvironmentFlags extends Set {
  constructor(flags) {
    super();
    for (const flag of flags) Set.prototype.add.call(this, flag);
  }

  has(flag) {
    if (typeof flag !== 'string') return false;
    let name = flag.replace(/=.*$/s, '');
    if (/^-[^-]$/.test(name)) return super.has(name);
    name = name.replace(/^-+/, '').replace(/_/g, '-');
    return super.has(`--${name}`);
  }
  add() { return this; }
  delete() { return false; }
  clear() {}
}
let environmentFlags;
function allowedNodeEnvironmentFlags() {
  if (environmentFlags === undefined) environmentFlags = Object.freeze(new EnvironmentFlags(kEnvironmentFlags));
  return environmentFlags;
}

// process.finalization: callbacks for objects still alive when the process
// exits (or is about to: registerBeforeExit), held weakly.
let finalization;
function getFinalization() {
  if (finalization !== undefined) return finalization;
  const entries = { exit: [], beforeExit: [] };
  const warned = new Set();
  const experimental = (method) => {
    if (warned.has(method)) return;
    warned.add(method);
    process.emitWarning(`process.finalization.${method} is an experimental feature and might change at any time`,
                        'ExperimentalWarning');
  };
  const runFor = (event) => {
    const list = entries[event];
    entries[event] = [];
    for (const { target, callback } of list) {
      const obj = target.deref();
      if (obj !== undefined) callback(obj, event);
    }
  };
  let listening = false;
  const add = (event, obj, callback) => {
    if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
      throw new codes.ERR_INVALID_ARG_TYPE('obj', 'object', obj);
    }
    validateFunction(callback, 'callback');
    entries[event].push({ target: new WeakRef(obj), callback });
    if (!listening) {
      listening = true;
      process.once('beforeExit', () => runFor('beforeExit'));
      process.once('exit', () => runFor('exit'));
    }
  };
  finalization = {
    register(obj, callback) { experimental('register'); add('exit', obj, callback); },
    registerBeforeExit(obj, callback) { experimental('registerBeforeExit'); add('beforeExit', obj, callback); },
    unregister(obj) {
      experimental('unregister');
      for (const event of ['exit', 'beforeExit']) entries[event] = entries[event].filter((e) => e.target.deref() !== obj);
    },
  };
  return finalization;
}

module.exports = {
  getBuiltinModule, loadEnvFile, setUncaughtExceptionCaptureCallback, hasUncaughtExceptionCaptureCallback, _rawDebug,
  ref, unref, setSourceMapsEnabled, openStdin, dlopen, binding, constrainedMemory,
  availableMemory, allowedNodeEnvironmentFlags, getFinalization,
};
