'use strict';
// Builds the `process` object: an EventEmitter carrying the native facts from
// internalBinding('process_methods') and Node's methods over them.

const pm = internalBinding('process_methods');

// EventEmitter methods, installed on process's prototype until node:events
// is first loaded (by anyone): most scripts never listen on process, and
// loading events at every start-up costs more than the whole of some
// scripts. The first call loads it, which rewires the chain for good.
// (Name tables are JSON texts: JSON.parse makes them at start-up for much
// less than array literals cost; see internal/bootstrap/node.)
const kEmitterMethods = JSON.parse('[\
  "on", "addListener", "once", "prependListener", "prependOnceListener", "off", "removeListener",\
  "removeAllListeners", "emit", "listeners", "rawListeners", "listenerCount", "eventNames", "setMaxListeners",\
  "getMaxListeners"\
]');
let ProcessPrototype;
let eventsReady = false;

// The bodies of the everyday methods, in their own module: start-up pays
// for every byte it loads, called or not.
let methods;
function impl() {
  if (methods === undefined) methods = require('internal/process/methods');
  return methods;
}

// Called by the builtin loader once node:events has loaded.
function onEventsLoaded(EventEmitter) {
  if (eventsReady || ProcessPrototype === undefined) return;
  eventsReady = true;
  impl().wireEvents(EventEmitter, ProcessPrototype, kEmitterMethods);
}

// ---- building process ---------------------------------------------------
// Done when this module loads (the bootstrap loads it first), at its top
// level: code in a function that runs once is parsed once more than code
// here, for nothing.

const kCredentialMethods = JSON.parse('[\
  "getuid", "geteuid", "getgid", "getegid", "getgroups", "setuid", "seteuid", "setgid", "setegid", "setgroups",\
  "initgroups", "resourceUsage", "threadCpuUsage"\
]');
const kExtraMethods = JSON.parse('[\
  "getBuiltinModule", "loadEnvFile", "setUncaughtExceptionCaptureCallback", "hasUncaughtExceptionCaptureCallback",\
  "_rawDebug", "ref", "unref", "setSourceMapsEnabled", "openStdin", "dlopen", "binding", "constrainedMemory",\
  "availableMemory"\
]');

// Whether process.stdout (index 1) or process.stderr (index 2) has been
// touched: until then nobody can have replaced it, so writes may go
// straight to the fd. (An array the console reads, not a function it
// calls: a function more compiled at start-up.)
const materialized = [false, false, false];

// process.exitCode's value (its accessor is not configurable, so the exit
// path reads it here).
let exitCode;

const ProcessConstructor = function process() {};
ProcessPrototype = Object.create(Object.prototype, {
  constructor: { __proto__: null, value: ProcessConstructor, writable: true, configurable: true },
});
// As in Node, process.constructor.prototype is process's prototype (so
// util.inspect names it `process`).
ProcessConstructor.prototype = ProcessPrototype;
// Plain (enumerable) properties, as EventEmitter.prototype's methods
// are, which take their place.
for (const name of kEmitterMethods) {
  ProcessPrototype[name] = function(...args) {
    require('events');
    return this[name](...args);
  };
}
Object.setPrototypeOf(process, ProcessPrototype);
Object.defineProperty(process, Symbol.toStringTag, {
  __proto__: null, value: 'process', writable: false, enumerable: false, configurable: true,
});

// title, version, versions, arch, platform, release, argv, execArgv,
// execPath, argv0, pid, ppid: set natively (cheaper than JS statements).
pm.setProcessFacts(process, 0);
lazy(process, 'env', 'internal/process/env', 'createEnv');
// config, features, moduleLoadList, _exiting and the deprecation flags.
pm.setProcessFacts(process, 1);

Object.defineProperty(process, 'exitCode', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() { return exitCode; },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
      if (!Number.isInteger(value)) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INVALID_ARG_TYPE('code', 'integer', code);
      }
    }
    exitCode = code;
  },
});

// Stubs whose tail calls leave no frame of their own.
process.exit = function exit(code) { return impl().exit(code); };
process.reallyExit = pm.reallyExit;
process.abort = function abort() { internalBinding('signal_wrap').kill(pm.pid, 6); };

process.cwd = pm.cwd;
process.chdir = function chdir(directory) { return impl().chdir(directory); };
process.umask = function umask(mask) { return impl().umask(mask); };

function hrtime(time) { return impl().hrtime(time); }
hrtime.bigint = pm.hrtimeBigint;
process.hrtime = hrtime;

function memoryUsage() { return pm.memoryUsage(); }
memoryUsage.rss = pm.rss;
process.memoryUsage = memoryUsage;
process.cpuUsage = function cpuUsage(prev) { return impl().cpuUsage(prev); };
process.uptime = function uptime() { return (pm.hrtimeNs() - pm.startTimeNs) / 1e9; };
process.kill = function kill(pid, sig) { return impl().kill(pid, sig); };

const taskQueues = require('internal/process/task_queues');
process.nextTick = taskQueues.nextTick;
process.emitWarning = function emitWarning(...args) {
  return require('internal/process/warning').emitWarning(...args);
};

// Rarely used methods: stubs that load their module on the first call.
for (const name of kCredentialMethods) process[name] = forward('internal/process/credentials', name);
for (const name of kExtraMethods) process[name] = forward('internal/process/extras', name);
lazy(process, 'allowedNodeEnvironmentFlags', 'internal/process/extras', 'allowedNodeEnvironmentFlags');
lazy(process, 'finalization', 'internal/process/extras', 'getFinalization');
process.sourceMapsEnabled = false;  // setSourceMapsEnabled() rewrites it
process.debugPort = 9229;
process.domain = null;

// Standard streams: created on first use.
lazy(process, 'stdout', 'internal/process/stdio', 'getStdout', 1);
lazy(process, 'stderr', 'internal/process/stdio', 'getStderr', 2);
lazy(process, 'stdin', 'internal/process/stdio', 'getStdin');


function forward(id, name) {
  return function(...args) { return require(id)[name](...args); };
}


// obj[name]: an accessor that replaces itself with the value of
// require(id)[make]() on first read (marking `materialized[fd]` first, for
// the standard streams). Names rather than a loader function per property:
// a function more for start-up to compile each.
function lazy(obj, name, id, make, fd) {
  Object.defineProperty(obj, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      if (fd !== undefined) materialized[fd] = true;
      const value = require(id)[make]();
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

module.exports = { emitBeforeExit, emitExit, toExitCode, onEventsLoaded, materialized };
