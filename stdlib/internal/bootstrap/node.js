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
  if (id === 'events') onEventsLoaded(mod.exports);
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
// The `process` object: an EventEmitter carrying the native facts from
// process_methods and Node's methods over them. (Built here rather than in
// a module of its own: each builtin module loaded costs start-up ~0.1M
// instructions beyond its text.)

let ProcessPrototype;
let eventsReady = false;

// The bodies of the everyday methods, in their own module: start-up pays
// for every byte it loads, called or not.
let methods;
function impl() {
  if (methods === undefined) methods = requireBuiltin('internal/process/methods');
  return methods;
}

// Called by requireBuiltin once node:events has loaded.
function onEventsLoaded(EventEmitter) {
  if (eventsReady || ProcessPrototype === undefined) return;
  eventsReady = true;
  impl().wireEvents(EventEmitter, ProcessPrototype, pm.emitterMethodNames());
}

// Whether process.stdout (index 1) or process.stderr (index 2) has been
// touched: until then nobody can have replaced it, so writes may go
// straight to the fd. (An array the console reads, not a function it
// calls: a function more compiled at start-up.)
const materialized = [false, false, false];

// process.exitCode's value (its accessor is not configurable, so the exit
// path reads it here).
let exitCode;

const taskQueues = requireBuiltin('internal/process/task_queues');

// The own properties, in Node's order, are put in place natively from a
// table (process_methods.buildProcess, runtime/bindings/process_object.cc,
// which also lists the rarely used methods made by forward()); these are
// the JS values among them, in the table's order. The stubs' tail calls
// leave no frame of their own.
ProcessPrototype = pm.buildProcess(process, [
  // the prototype's constructor
  function process() {},
  {  // exitCode's getter and setter
    get() { return exitCode; },
    set(code) {
      exitCode = code === null || code === undefined ? code : impl().exitCodeValue(code);
    },
  },
  function exit(code) { return impl().exit(code); },
  function abort() { internalBinding('signal_wrap').kill(pm.pid, 6); },
  function chdir(directory) { return impl().chdir(directory); },
  function umask(mask) { return impl().umask(mask); },
  function hrtime(time) { return impl().hrtime(time); },  // .bigint: pm.hrtimeBigint
  function memoryUsage() { return pm.memoryUsage(); },  // .rss: pm.rss
  function cpuUsage(prev) { return impl().cpuUsage(prev); },
  function uptime() { return (pm.hrtimeNs() - pm.startTimeNs) / 1e9; },
  function kill(pid, sig) { return impl().kill(pid, sig); },
  taskQueues.nextTick,
  function emitWarning(...args) {
    return requireBuiltin('internal/process/warning').emitWarning(...args);
  },
], lazy, forward, emitterStub);

// The EventEmitter methods on process's prototype until node:events
// is first loaded (by anyone): most scripts never listen on process, and
// loading events at every start-up costs more than the whole of some
// scripts. The first call loads it, which rewires the chain for good.
// (Their names: process_object.cc.)
function emitterStub(name) {
  return function(...args) {
    requireBuiltin('events');
    return this[name](...args);
  };
}

// A stub that loads module `id` on the first call.
function forward(id, name) {
  return function(...args) { return requireBuiltin(id)[name](...args); };
}

// obj[name]: an accessor that replaces itself with the value of
// requireBuiltin(id)[make]() on first read (marking `materialized[fd]` first, for
// the standard streams). Names rather than a loader function per property:
// a function more for start-up to compile each.
function lazy(obj, name, id, make, fd) {
  Object.defineProperty(obj, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      if (fd !== undefined) materialized[fd] = true;
      const value = requireBuiltin(id)[make]();
      Object.defineProperty(obj, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(obj, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
    },
  });
}

function toExitCode(code) {
  if (code === undefined || code === null) return 0;
  return +code | 0;
}

// Called by the runtime when the loop has nothing left to do.
function emitBeforeExit() {
  if (process._exiting || !eventsReady) return;
  process.emit('beforeExit', toExitCode(process.exitCode));
}

// Called by the runtime at the natural end; returns the exit code.
function emitExit() {
  if (!process._exiting) {
    process._exiting = true;
    // Without node:events loaded, nobody can be listening.
    if (eventsReady) process.emit('exit', toExitCode(exitCode));
  }
  return toExitCode(exitCode);
}

// What internal/process/methods asks of this part, as a module with no
// file of its own.
builtinCache.set('internal/process/object', {
  id: 'internal/process/object', exports: { toExitCode }, loaded: true,
});

// ---- globals -------------------------------------------------------------
function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    __proto__: null, value, writable: true, configurable: true, enumerable,
  });
}

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

// The global console: a facade whose native methods write plain text
// themselves; anything more loads internal/bootstrap/console (see there),
// which builds the real console onto it. Its methods (trace in JS), then
// Console (not enumerable) and the tag (not writable), as in Node.
const slowConsoleCall = (name, fd, args, err) =>
  requireBuiltin('internal/bootstrap/console').call(consoleFacade, name, fd, args, err);
const consoleFacade = pm.createConsoleFacade(slowConsoleCall, materialized,
  { trace(...args) { return slowConsoleCall('trace', 0, args); } }.trace, {
    get() {
      requireBuiltin('internal/bootstrap/console').build(consoleFacade);
      return consoleFacade.Console;
    },
    set(value) {
      Object.defineProperty(consoleFacade, 'Console', {
        __proto__: null, value, writable: true, enumerable: false, configurable: true,
      });
    },
  });

// global, the timer functions (the timers module is loaded only by
// programs that use a timer), queueMicrotask, ..., the tag, process,
// console, the other module globals, gc: in Node's order, natively.
pm.defineGlobals(loadModuleGlobal, defineGlobal, taskQueues.queueMicrotask, process, consoleFacade,
  pm.options.exposeGc ? pm.gc : undefined);

// ---- hooks for the native runtime -----------------------------------------
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
