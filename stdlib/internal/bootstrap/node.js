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
function defineLazyGlobal(name, load, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    __proto__: null,
    configurable: true,
    enumerable,
    get() {
      const value = load();
      Object.defineProperty(globalThis, name, {
        __proto__: null, value, writable: true, configurable: true, enumerable,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, {
        __proto__: null, value, writable: true, configurable: true, enumerable,
      });
    },
  });
}

function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    __proto__: null, value, writable: true, configurable: true, enumerable,
  });
}

// Timer functions are small wrappers so that the timers module is loaded
// only by programs that use a timer.
let timers;
function loadTimers() {
  if (timers === undefined) timers = requireBuiltin('timers');
  return timers;
}
const taskQueues = requireBuiltin('internal/process/task_queues');

// Web and Node globals that live in their own modules, each loaded on first
// read. A module that is not written yet leaves its globals undefined (as
// `typeof X` checks in libraries expect) rather than throwing.
// Their names, so that util can tell Jolt's JS classes (whose toString
// util.format's %s uses, as Node does for its own) from the engine's.
const joltGlobalNames = new Set();
requireBuiltin.joltGlobalNames = joltGlobalNames;
function defineModuleGlobal(id, name, enumerable) {
  if (!builtins.has(id)) return;
  joltGlobalNames.add(name);
  defineLazyGlobal(name, () => requireBuiltin(id)[name], enumerable);
}

// The enumerable ones, in Node's order (Object.keys(globalThis) shows it).
defineGlobal('global', globalThis, true);
for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval', 'setTimeout']) {
  defineLazyGlobal(name, () => loadTimers()[name], true);
}
defineGlobal('queueMicrotask', taskQueues.queueMicrotask, true);
for (const [name, id] of [['structuredClone', 'internal/structured_clone'], ['atob', 'buffer'], ['btoa', 'buffer'],
  ['performance', 'perf_hooks'], ['fetch', 'internal/fetch'], ['crypto', 'internal/crypto/webcrypto'],
  ['navigator', 'internal/navigator']]) {
  defineModuleGlobal(id, name, true);
}

Object.defineProperty(globalThis, Symbol.toStringTag, {
  __proto__: null, value: 'global', writable: false, enumerable: false, configurable: true,
});
defineGlobal('process', process);
defineGlobal('console', requireBuiltin('internal/bootstrap/console').createConsole());

const kModuleGlobals = [
  // [module id, ...exported names that become non-enumerable globals]
  ['buffer', 'Buffer', 'Blob', 'File'],
  ['internal/encoding', 'TextEncoder', 'TextDecoder'],
  ['internal/url', 'URL', 'URLSearchParams'],
  ['internal/dom_exception', 'DOMException'],
  ['internal/event_target', 'EventTarget', 'Event', 'CustomEvent'],
  ['internal/abort_controller', 'AbortController', 'AbortSignal'],
  ['perf_hooks', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver',
    'PerformanceObserverEntryList'],
  ['internal/crypto/webcrypto', 'Crypto'],
  ['internal/navigator', 'Navigator'],
  ['stream/web', 'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
    'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ReadableStream', 'ReadableStreamDefaultReader',
    'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
    'ReadableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
    'TextDecoderStream'],
  ['internal/fetch', 'Headers', 'Request', 'Response', 'FormData'],
  ['internal/messaging', 'MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel'],
];
for (const [id, ...names] of kModuleGlobals) {
  for (const name of names) defineModuleGlobal(id, name, false);
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
