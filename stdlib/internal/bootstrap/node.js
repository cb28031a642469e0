'use strict';
// The first JS that runs: the builtin module loader, the `process` object,
// the globals and the hooks the native runtime calls. Its module.exports is
// the main entry, which the runtime calls once this returns.
//
// Start-up time is a product goal (within 1.25x of a bare JSC context), so
// everything not needed by every program is loaded on first use.
// (Property descriptors used only while this runs need no __proto__: null:
// no user code has run yet to add get/set/value to Object.prototype. Those
// of code that runs later, as defineGlobal from a getter, keep it.)
// JS that runs here runs once, and start-up pays for parsing it twice and
// compiling it: what is done per name (the accessors of the error
// constructors and of the module globals) is native, in
// runtime/bindings/lazy_globals.cc, tables of names included.

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
requireBuiltin.has = (id) => builtins.has(id);
builtinCache.set('internal/bootstrap/node', module);
module.requireBuiltin = requireBuiltin;

// ---- error stacks in V8's shape -------------------------------------------
// internal/bootstrap/error_stacks replaces the error constructors with
// wrappers that give errors V8-shaped stacks. Loading it and making the
// wrappers is a good share of start-up, and most scripts never name an
// error constructor, so it happens on the first read (or write) of one of
// them, or of the `constructor` of their prototypes, which the wrappers
// take over. Until then these are accessors.
const pm = internalBinding('process_methods');
// Node's frame limit, plus the two frames of the wrappers error_stacks
// strips, for errors the engine makes before (and after) it is loaded.
Error.stackTraceLimit = 12;
// The accessors are native, as is the list of constructors
// (runtime/bindings/lazy_globals.cc); the first use of one calls this once.
pm.defineErrorAccessors((intrinsics) => requireBuiltin('internal/bootstrap/error_stacks').install(intrinsics));

// ---- process -------------------------------------------------------------
// internal/process/object builds it as it loads.
requireBuiltin('internal/process/object');

// ---- globals -------------------------------------------------------------
function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    __proto__: null, value, writable: true, configurable: true, enumerable,
  });
}

const taskQueues = requireBuiltin('internal/process/task_queues');

// Web and Node globals that live in their own modules, each loaded on first
// read. A module that is not written yet gives its globals the value
// undefined (as `typeof X` checks in libraries expect) rather than
// throwing; that is asked on the first read, not at start-up. Their table
// is in runtime/bindings/lazy_globals.cc (adding a global is adding its row
// there); the first read or write of one calls loadModuleGlobal or
// defineGlobal.
function loadModuleGlobal(id, name, enumerable) {
  const value = builtins.has(id) ? requireBuiltin(id)[name] : undefined;
  defineGlobal(name, value, enumerable);
  return value;
}
// Their names, so that util can tell Jolt's JS classes (whose toString
// util.format's %s uses, as Node does for its own) from the engine's.
requireBuiltin.joltGlobalNames = { has: pm.isModuleGlobal };

// The enumerable ones, in Node's order (Object.keys(globalThis) shows it).
// The timer functions are among them, so the timers module is loaded only
// by programs that use a timer.
defineGlobal('global', globalThis, true);
pm.defineModuleGlobals(0, loadModuleGlobal, defineGlobal);
defineGlobal('queueMicrotask', taskQueues.queueMicrotask, true);
pm.defineModuleGlobals(1, loadModuleGlobal, defineGlobal);

Object.defineProperty(globalThis, Symbol.toStringTag, {
  __proto__: null, value: 'global', writable: false, enumerable: false, configurable: true,
});
defineGlobal('process', process);
// The global console: a facade whose native methods write plain text
// themselves; anything more loads internal/bootstrap/console (see there),
// which builds the real console onto it. Its methods, then Console (not
// enumerable) and the tag (not writable), as in Node.
{
  const slowCall = (name, fd, args, err) =>
    requireBuiltin('internal/bootstrap/console').call(facade, name, fd, args, err);
  const facade = pm.createConsoleFacade(slowCall,
    requireBuiltin('internal/process/object').materialized);
  // trace prints the stack from its caller down: a JS method, whose tail
  // call leaves no frame (a native one would stay on the stack it prints).
  facade.trace = { trace(...args) { return slowCall('trace', 0, args); } }.trace;
  Object.defineProperty(facade, 'Console', {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      requireBuiltin('internal/bootstrap/console').build(facade);
      return facade.Console;
    },
    set(value) {
      Object.defineProperty(facade, 'Console', {
        __proto__: null, value, writable: true, enumerable: false, configurable: true,
      });
    },
  });
  Object.defineProperty(facade, Symbol.toStringTag, {
    __proto__: null, value: 'console', writable: false, enumerable: false, configurable: true,
  });
  defineGlobal('console', facade);
}

// The non-enumerable ones.
pm.defineModuleGlobals(2, loadModuleGlobal, defineGlobal);

if (pm.options.exposeGc) {
  defineGlobal('gc', pm.gc);
}

// ---- hooks for the native runtime -----------------------------------------
const { emitBeforeExit, emitExit } = requireBuiltin('internal/process/object');
taskQueues.installHooks({
  // Only called once an immediate exists, so timers is loaded by then.
  runImmediate: (isFirst) => requireBuiltin('internal/timers').runImmediate(isFirst),
  emitBeforeExit,
  emitExit,
});

// A main script that can run without the CommonJS loader (what that takes:
// process_methods.plainMainScript, in runtime/bindings/plain_main.cc, which
// also compiles it) runs here, without loading internal/main/run_main;
// anything else, or such a script that does not compile (the loader then
// reports the error), goes there.
module.exports = function main() {
  const plain = pm.plainMainScript();
  if (plain !== undefined) {
    const path = plain[1];
    process.argv[1] = path;
    const exports = {};
    plain[0].call(exports, exports, undefined, undefined, path, plain[2]);
    return;
  }
  requireBuiltin('internal/main/run_main')();
};
