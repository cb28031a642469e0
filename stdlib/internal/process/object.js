'use strict';
// Builds the `process` object: an EventEmitter carrying the native facts from
// internalBinding('process_methods') and Node's methods over them.

const pm = internalBinding('process_methods');

// EventEmitter methods, installed on process's prototype until node:events
// is first loaded (by anyone): most scripts never listen on process, and
// loading events at every start-up costs more than the whole of some
// scripts. The first call loads it, which rewires the chain for good.
const kEmitterMethods = [
  'on', 'addListener', 'once', 'prependListener', 'prependOnceListener', 'off', 'removeListener',
  'removeAllListeners', 'emit', 'listeners', 'rawListeners', 'listenerCount', 'eventNames', 'setMaxListeners',
  'getMaxListeners',
];
let ProcessPrototype;
let eventsReady = false;

// Called by the builtin loader once node:events has loaded.
function onEventsLoaded(EventEmitter) {
  if (eventsReady || ProcessPrototype === undefined) return;
  eventsReady = true;
  for (const name of kEmitterMethods) delete ProcessPrototype[name];
  Object.setPrototypeOf(ProcessPrototype, EventEmitter.prototype);
  EventEmitter.call(globalThis.process);
  // Listeners of signal events start and stop native signal watchers;
  // other events cost a string test.
  globalThis.process.on('newListener', onListenerAdded);
  globalThis.process.on('removeListener', onListenerRemoved);
}

function looksLikeSignal(type) {
  return typeof type === 'string' && type.startsWith('SIG');
}

function onListenerAdded(type) {
  if (looksLikeSignal(type)) require('internal/process/signal_listeners').watchSignal(type);
}

function onListenerRemoved(type) {
  if (looksLikeSignal(type)) require('internal/process/signal_listeners').unwatchSignal(type);
}

function setupProcess(process) {
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
  lazy(process, 'env', () => require('internal/process/env').createEnv());
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

  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', toExitCode(process.exitCode));
    }
    pm.reallyExit(toExitCode(process.exitCode));
  };
  process.reallyExit = pm.reallyExit;
  process.abort = function abort() { internalBinding('signal_wrap').kill(pm.pid, 6); };

  process.cwd = pm.cwd;
  process.chdir = function chdir(directory) {
    if (typeof directory !== 'string') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('directory', 'string', directory);
    }
    pm.chdir(directory);
  };
  process.umask = function umask(mask) {
    if (mask === undefined) return pm.umask();
    if (typeof mask === 'string') mask = parseInt(mask, 8);
    return pm.umask(mask);
  };

  function hrtime(time) {
    const pair = pm.hrtimePair();
    if (time !== undefined) {
      if (!Array.isArray(time)) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INVALID_ARG_TYPE('time', 'Array', time);
      }
      if (time.length !== 2) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_OUT_OF_RANGE('time', 2, time.length);
      }
      let sec = pair[0] - time[0];
      let nsec = pair[1] - time[1];
      if (nsec < 0) { sec -= 1; nsec += 1e9; }
      return [sec, nsec];
    }
    return pair;
  }
  hrtime.bigint = pm.hrtimeBigint;
  process.hrtime = hrtime;

  function memoryUsage() { return pm.memoryUsage(); }
  memoryUsage.rss = pm.rss;
  process.memoryUsage = memoryUsage;
  process.cpuUsage = function cpuUsage(prev) {
    const now = pm.cpuUsage();
    if (prev === undefined) return now;
    return require('internal/process/credentials').usageSince(now.user, now.system, prev);
  };
  process.uptime = function uptime() { return (pm.hrtimeNs() - pm.startTimeNs) / 1e9; };
  process.kill = function kill(pid, sig) {
    // A pid is a value its int32 coercion leaves unchanged (so '42' counts,
    // 1.5, NaN, 2 ** 32 and null do not).
    const target = pid | 0;
    if (pid === null || Number(pid) !== target) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
    }
    const signum = require('internal/process/signals').toSignalNumber(sig);
    const err = internalBinding('signal_wrap').kill(target, signum);
    if (err < 0) {
      const { ErrnoException } = require('internal/errors');
      throw new ErrnoException(err, 'kill');
    }
    return true;
  };

  const taskQueues = require('internal/process/task_queues');
  process.nextTick = taskQueues.nextTick;
  process.emitWarning = function emitWarning(...args) {
    return require('internal/process/warning').emitWarning(...args);
  };

  // Rarely used methods: stubs that load their module on the first call.
  for (const name of kCredentialMethods) process[name] = forward('internal/process/credentials', name);
  for (const name of kExtraMethods) process[name] = forward('internal/process/extras', name);
  lazy(process, 'allowedNodeEnvironmentFlags', () => require('internal/process/extras').allowedNodeEnvironmentFlags());
  lazy(process, 'finalization', () => require('internal/process/extras').getFinalization());
  process.sourceMapsEnabled = false;  // setSourceMapsEnabled() rewrites it
  process.debugPort = 9229;
  process.domain = null;

  // Standard streams: created on first use.
  lazy(process, 'stdout', () => {
    materialized[1] = true;
    return require('internal/process/stdio').getStdout();
  });
  lazy(process, 'stderr', () => {
    materialized[2] = true;
    return require('internal/process/stdio').getStderr();
  });
  lazy(process, 'stdin', () => require('internal/process/stdio').getStdin());
}

const kCredentialMethods = [
  'getuid', 'geteuid', 'getgid', 'getegid', 'getgroups', 'setuid', 'seteuid', 'setgid', 'setegid', 'setgroups',
  'initgroups', 'resourceUsage', 'threadCpuUsage',
];
const kExtraMethods = [
  'getBuiltinModule', 'loadEnvFile', 'setUncaughtExceptionCaptureCallback', 'hasUncaughtExceptionCaptureCallback',
  '_rawDebug', 'ref', 'unref', 'setSourceMapsEnabled', 'openStdin', 'dlopen', 'binding', 'constrainedMemory',
  'availableMemory',
];

function forward(id, name) {
  return function(...args) { return require(id)[name](...args); };
}

// Whether process.stdout (index 1) or process.stderr (index 2) has been
// touched: until then nobody can have replaced it, so writes may go
// straight to the fd. (An array the console reads, not a function it
// calls: a function more compiled at start-up.)
const materialized = [false, false, false];

function lazy(obj, name, load) {
  Object.defineProperty(obj, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const value = load();
      Object.defineProperty(obj, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(obj, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
    },
  });
}

// process.exitCode's value (its accessor is not configurable, so the exit
// path reads it here).
let exitCode;

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

module.exports = { setupProcess, emitBeforeExit, emitExit, toExitCode, onEventsLoaded, materialized };
