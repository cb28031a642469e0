'use strict';
// node:timers/promises: promise and async-iterator forms of the timers, with
// `signal` (abort -> AbortError whose cause is the signal's reason) and
// `ref` (false: the timer does not keep the process alive) options.

const { Timeout, Immediate, arm, clearTimeout, clearImmediate } = require('internal/timers');
const { AbortError, codes } = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateNumber,
  validateObject,
} = require('internal/validators');

const { ERR_ILLEGAL_CONSTRUCTOR } = codes;

// Another 'abort' listener's stopImmediatePropagation() must not keep these
// timers running.
const kAbortListenerOptions = {
  __proto__: null, once: true, [require('internal/event_target').kHearsStoppedEvents]: true,
};

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// Checks the options bag shared by every function here; returns the signal
// and whether the timer is ref'd.
function readOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

// Runs `start(done)` (which starts a timer and returns its cancel function)
// under `signal`: an abort cancels the timer and rejects with AbortError.
// The abort listener goes in a finally step. An abort settles the promise
// with a rejected one; with the finally step that makes the rejection reach
// the caller on the same microtask as in Node.
function underSignal(signal, start) {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let onAbort;
  const promise = new Promise((resolve) => {
    let cancel;
    if (signal !== undefined) {
      onAbort = () => {
        cancel();
        resolve(Promise.reject(abortError(signal)));
      };
      signal.addEventListener('abort', onAbort, kAbortListenerOptions);
    }
    cancel = start(resolve);
  });
  if (signal === undefined) return promise;
  return promise.finally(() => signal.removeEventListener('abort', onAbort));
}

// Validation errors become rejections, as in Node.
function startTimer(check, options, start) {
  let opts;
  try {
    check();
    opts = readOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return underSignal(opts.signal, (done) => start(done, opts.ref));
}

function setTimeout(delay, value, options = { __proto__: null }) {
  const check = () => {
    if (delay !== undefined) validateNumber(delay, 'delay');
  };
  return startTimer(check, options, (done, ref) => {
    const timer = new Timeout(done, delay, [value], false, ref);
    arm(timer);
    return () => clearTimeout(timer);
  });
}

function setImmediate(value, options = { __proto__: null }) {
  return startTimer(() => {}, options, (done, ref) => {
    const immediate = new Immediate(done, [value]);
    if (!ref) immediate.unref();
    return () => clearImmediate(immediate);
  });
}

async function* setInterval(delay, value, options = { __proto__: null }) {
  if (delay !== undefined) validateNumber(delay, 'delay');
  const { signal, ref } = readOptions(options);
  if (signal?.aborted) throw abortError(signal);

  let ticks = 0;          // intervals elapsed and not yet yielded
  let wake = null;        // resolver of the consumer waiting for a tick
  let aborted = false;
  const timer = new Timeout(() => {
    ticks++;
    if (wake !== null) {
      const fn = wake;
      wake = null;
      fn();
    }
  }, delay, undefined, true, ref);
  arm(timer);

  let onAbort;
  if (signal !== undefined) {
    onAbort = () => {
      aborted = true;
      clearTimeout(timer);
      if (wake !== null) {
        // Settled with a rejected promise: the consumer hears of the abort
        // on the same microtask as in Node.
        const fn = wake;
        wake = null;
        fn(Promise.reject(abortError(signal)));
      }
    };
    signal.addEventListener('abort', onAbort, kAbortListenerOptions);
  }

  try {
    while (!aborted) {
      if (ticks === 0) {
        await new Promise((resolve) => { wake = resolve; });
        if (aborted) break;
      }
      for (; ticks > 0; ticks--) yield value;
    }
    throw abortError(signal);
  } finally {
    clearTimeout(timer);
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

// ---- scheduler (the proposed WICG scheduling API subset Node ships) -------

const kScheduler = Symbol('kScheduler');

class Scheduler {
  constructor(key = undefined) {
    if (key !== kScheduler) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kScheduler] = true;
  }

  yield() {
    checkScheduler(this);
    return setImmediate();
  }

  wait(delay, options = undefined) {
    checkScheduler(this);
    return setTimeout(delay, undefined, options);
  }
}

function checkScheduler(value) {
  if (value === null || typeof value !== 'object' || value[kScheduler] !== true) {
    throw new codes.ERR_INVALID_THIS('Scheduler');
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: new Scheduler(kScheduler),
};
