'use strict';
// The bodies of process's everyday methods (exit, chdir, umask, hrtime,
// cpuUsage, kill) and of the wiring that makes process an EventEmitter
// once node:events loads. Start-up pays for every byte of the modules it
// loads, called or not, so the bootstrap (internal/bootstrap/node, which
// builds process) keeps only small stubs, which load this on their first
// call and tail-call in here (their frames do not stay on the stack).

const pm = internalBinding('process_methods');
// (The bootstrap registers internal/process/object, which has no file.)
const { toExitCode } = require('internal/process/object');

function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', toExitCode(process.exitCode));
  }
  pm.reallyExit(toExitCode(process.exitCode));
}

function chdir(directory) {
  if (typeof directory !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('directory', 'string', directory);
  }
  pm.chdir(directory);
}

function umask(mask) {
  if (mask === undefined) return pm.umask();
  if (typeof mask === 'string') mask = parseInt(mask, 8);
  return pm.umask(mask);
}

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

function cpuUsage(prev) {
  const now = pm.cpuUsage();
  if (prev === undefined) return now;
  return require('internal/process/credentials').usageSince(now.user, now.system, prev);
}

function kill(pid, sig) {
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
}

// Puts EventEmitter.prototype in place of the stubs on process's prototype
// (`names`) and makes process an emitter.
function wireEvents(EventEmitter, ProcessPrototype, names) {
  for (const name of names) delete ProcessPrototype[name];
  Object.setPrototypeOf(ProcessPrototype, EventEmitter.prototype);
  EventEmitter.call(process);
  // Listeners of signal events start and stop native signal watchers;
  // other events cost a string test.
  process.on('newListener', onListenerAdded);
  process.on('removeListener', onListenerRemoved);
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

module.exports = { exit, chdir, umask, hrtime, cpuUsage, kill, wireEvents };
