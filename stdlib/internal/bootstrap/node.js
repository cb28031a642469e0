'use strict';
// The first JS that runs: the builtin module loader, the `process` object,
// the globals and the hooks the native runtime calls. Its module.exports is
// the main entry, which the runtime calls once this returns.
//
// Start-up time is a product goal (within 1.25x of a bare JSC context), so
// everything not needed by every program is loaded on first use.

const builtins = internalBinding('builtins');

// ---- builtin loader ------------------------------------------------------
const builtinCache = new Map();

function requireBuiltin(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  const cached = builtinCache.get(id);
  if (cached !== undefined) return cached.exports;
  const mod = { id, exports: {}, loaded: false };
  builtinCache.set(id, mod);
  let fn;
  try {
    fn = builtins.compile(id);
  } catch (err) {
    builtinCache.delete(id);
    throw err;
  }
  try {
    fn.call(undefined, mod.exports, requireBuiltin, mod, process, internalBinding);
  } catch (err) {
    builtinCache.delete(id);
    throw err;
  }
  mod.loaded = true;
  if (id === 'events') requireBuiltin('internal/process/object').onEventsLoaded(mod.exports);
  return mod.exports;
}

// The loader for user code asks through this.
requireBuiltin.builtinIds = builtins.ids;
requireBuiltin.has = (id) => builtins.has(id);
builtinCache.set('internal/bootstrap/node', module);
module.requireBuiltin = requireBuiltin;

// ---- error stacks in V8's shape -------------------------------------------
requireBuiltin('internal/bootstrap/error_stacks').install();

// ---- process -------------------------------------------------------------
requireBuiltin('internal/process/object').setupProcess(process);

// ---- globals -------------------------------------------------------------
function defineLazyGlobal(name, load) {
  Object.defineProperty(globalThis, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      const value = load();
      Object.defineProperty(globalThis, name, {
        __proto__: null, value, writable: true, configurable: true, enumerable: false,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, {
        __proto__: null, value, writable: true, configurable: true, enumerable: false,
      });
    },
  });
}

function defineGlobal(name, value) {
  Object.defineProperty(globalThis, name, {
    __proto__: null, value, writable: true, configurable: true, enumerable: false,
  });
}

defineGlobal('global', globalThis);
Object.defineProperty(globalThis, Symbol.toStringTag, {
  __proto__: null, value: 'global', writable: false, enumerable: false, configurable: true,
});
defineGlobal('process', process);
defineGlobal('console', requireBuiltin('internal/bootstrap/console').createConsole());

const taskQueues = requireBuiltin('internal/process/task_queues');
defineGlobal('queueMicrotask', taskQueues.queueMicrotask);

// Timer functions are small wrappers so that the timers module is loaded
// only by programs that use a timer.
let timers;
function loadTimers() {
  if (timers === undefined) timers = requireBuiltin('timers');
  return timers;
}
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  defineLazyGlobal(name, () => loadTimers()[name]);
}

// Web and Node globals that live in their own modules, each loaded on first
// read. A module that is not written yet leaves its globals undefined (as
// `typeof X` checks in libraries expect) rather than throwing.
const kModuleGlobals = [
  // [module id, ...exported names that become globals of the same name]
  ['buffer', 'Buffer', 'atob', 'btoa', 'Blob', 'File'],
  ['internal/encoding', 'TextEncoder', 'TextDecoder'],
  ['internal/url', 'URL', 'URLSearchParams'],
  ['internal/dom_exception', 'DOMException'],
  ['internal/event_target', 'EventTarget', 'Event', 'CustomEvent'],
  ['internal/abort_controller', 'AbortController', 'AbortSignal'],
  ['internal/structured_clone', 'structuredClone'],
  ['perf_hooks', 'performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
    'PerformanceObserver', 'PerformanceObserverEntryList'],
  ['internal/crypto/webcrypto', 'crypto', 'Crypto'],
  ['internal/navigator', 'navigator', 'Navigator'],
];
for (const [id, ...names] of kModuleGlobals) {
  if (!builtins.has(id)) continue;
  for (const name of names) defineLazyGlobal(name, () => requireBuiltin(id)[name]);
}

if (internalBinding('process_methods').options.exposeGc) {
  defineGlobal('gc', internalBinding('process_methods').gc);
}

// ---- hooks for the native runtime -----------------------------------------
const { emitBeforeExit, emitExit } = requireBuiltin('internal/process/object');
taskQueues.installHooks({
  // Only called once an immediate exists, so timers is loaded by then.
  runImmediate: (isFirst) => requireBuiltin('internal/timers').runImmediate(isFirst),
  emitBeforeExit,
  emitExit,
});

module.exports = function main() {
  return requireBuiltin('internal/main/run_main')();
};
