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

// process.exitCode's checks: an integer, or a string that reads as one;
// the value kept is the number (as an int32).
function exitCodeValue(code) {
  const value = typeof code === 'string' && code !== '' ? Number(code) : code;
  if (Number.isInteger(value)) return value | 0;
  const { codes } = require('internal/errors');
  if (typeof value !== 'number' || (typeof code === 'string' && Number.isNaN(value))) {
    throw new codes.ERR_INVALID_ARG_TYPE('code', 'number', code);
  }
  throw new codes.ERR_OUT_OF_RANGE('code', 'an integer', value);
}

// A mask is an unsigned 32-bit integer or a string of octal digits.
function umask(mask) {
  if (mask === undefined) return pm.umask();
  const { codes } = require('internal/errors');
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      throw new codes.ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
    }
    mask = parseInt(mask, 8);
  } else if (typeof mask !== 'number') {
    // (node reports a null mask as undefined)
    throw new codes.ERR_INVALID_ARG_TYPE('mask', 'number', mask === null ? undefined : mask);
  } else if (!Number.isInteger(mask)) {
    throw new codes.ERR_OUT_OF_RANGE('mask', 'an integer', mask);
  } else if (mask < 0 || mask > 4294967295) {
    throw new codes.ERR_OUT_OF_RANGE('mask', '>= 0 && <= 4294967295', mask);
  }
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

module.exports = { exit, chdir, umask, exitCodeValue, hrtime, cpuUsage, kill, wireEvents };
