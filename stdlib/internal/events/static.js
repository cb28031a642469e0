'use strict';
// Cold half of node:events: the promise/async-iterator helpers hung off the
// EventEmitter constructor, EventTarget interop, and the rarely taken paths of
// emit()/addListener() (unhandled 'error', leak warning, rejection capture).
// events.js requires this file lazily.

const { codes, AbortError } = require('internal/errors');
const checks = require('internal/validators');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
} = checks;

const { ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR } = codes;

let inspectFn;
function inspectValue(value, opts) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}

let eventTargets;
function webEvents() {
  if (eventTargets === undefined) eventTargets = require('internal/event_target');
  return eventTargets;
}

function isEventTarget(value) {
  return webEvents().isEventTarget(value);
}

function looksLikeEmitter(value) {
  return value !== null && typeof value === 'object' && typeof value.on === 'function';
}

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// ---- hot-path helpers that events.js defers to us ---------------------------

function unhandledErrorFor(emitter, value) {
  if (value instanceof Error) return value;
  let shown;
  try {
    shown = inspectValue(value);
  } catch {
    shown = value;
  }
  const err = new ERR_UNHANDLED_ERROR(shown);
  err.context = value;
  return err;
}

function leakWarning(emitter, type, count, limit) {
  let where;
  try {
    where = inspectValue(emitter, { depth: -1 });
  } catch {
    where = `[${emitter?.constructor?.name || 'EventEmitter'}]`;
  }
  const text = 'Possible EventEmitter memory leak detected. ' +
    `${count} ${String(type)} listeners added to ${where}. ` +
    `MaxListeners is ${limit}. Use emitter.setMaxListeners() to increase limit`;
  const warning = new Error(text);
  warning.name = 'MaxListenersExceededWarning';
  warning.emitter = emitter;
  warning.type = type;
  warning.count = count;
  process.emitWarning(warning);
}

// captureRejections: a listener returned something; if it is thenable, route
// its rejection to the emitter's rejection hook or its 'error' event.
function watchRejection(emitter, result, type, args, captureKey, rejectionKey) {
  try {
    const then = result.then;
    if (typeof then !== 'function') return;
    then.call(result, undefined, (reason) => {
      process.nextTick(deliverRejection, emitter, reason, type, args, captureKey, rejectionKey);
    });
  } catch (err) {
    emitter.emit('error', err);
  }
}

function deliverRejection(emitter, reason, type, args, captureKey, rejectionKey) {
  const hook = emitter[rejectionKey];
  if (typeof hook === 'function') {
    Reflect.apply(hook, emitter, [reason, type, ...args]);
    return;
  }
  // Turn capture off while reporting so a failing 'error' listener that
  // returns a rejected promise cannot loop forever.
  const saved = emitter[captureKey];
  try {
    emitter[captureKey] = false;
    emitter.emit('error', reason);
  } finally {
    emitter[captureKey] = saved;
  }
}

// ---- max listeners ----------------------------------------------------------

function applyMaxListeners(n, targets, etMaxKey, etWarnedKey) {
  for (const target of targets) {
    if (isEventTarget(target)) {
      target[etMaxKey] = n;
      target[etWarnedKey] = false;
    } else if (target !== null && typeof target === 'object' && typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

function getMaxListenersOf(subject, etMaxKey) {
  if (subject !== null && typeof subject === 'object' && typeof subject.getMaxListeners === 'function') {
    const n = subject._maxListeners;
    return n === undefined ? require('events').defaultMaxListeners : n;
  }
  if (isEventTarget(subject)) {
    const n = subject[etMaxKey];
    return n === undefined ? require('events').defaultMaxListeners : n;
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], subject);
}

// ---- introspection ----------------------------------------------------------

function targetListeners(target, type) {
  return webEvents().getTargetListeners(target, type);
}

function getEventListeners(subject, type) {
  if (subject !== null && typeof subject === 'object' && typeof subject.listeners === 'function') {
    return subject.listeners(type);
  }
  if (isEventTarget(subject)) return targetListeners(subject, type);
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], subject);
}

function countForeign(subject, type) {
  if (isEventTarget(subject)) return targetListeners(subject, type).length;
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], subject);
}

// ---- subscribe / unsubscribe on either kind of target -----------------------

function subscribe(target, name, handler, onceOnly) {
  if (looksLikeEmitter(target)) {
    if (onceOnly) target.once(name, handler);
    else target.on(name, handler);
    return true;
  }
  if (isEventTarget(target) || (target !== null && typeof target === 'object' &&
      typeof target.addEventListener === 'function')) {
    target.addEventListener(name, handler, { __proto__: null, once: onceOnly });
    return true;
  }
  return false;
}

function unsubscribe(target, name, handler) {
  if (typeof target.removeListener === 'function') target.removeListener(name, handler);
  else if (typeof target.removeEventListener === 'function') target.removeEventListener(name, handler);
}

// ---- events.once ------------------------------------------------------------

// Validates the options bag and returns its (possibly undefined) signal.
function checkSignalOption(opts) {
  validateObject(opts, 'options');
  const abortSignal = opts?.signal;
  validateAbortSignal(abortSignal, 'options.signal');
  return abortSignal;
}

function notAnEmitter(value) {
  return new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', value);
}

async function once(emitter, name, options = { __proto__: null }) {
  const signal = checkSignalOption(options);
  if (signal?.aborted) throw abortErrorFor(signal);

  return new Promise((fulfil, fail) => {
    const emitterLike = looksLikeEmitter(emitter);
    let stopAbort;

    const settle = () => {
      if (emitterLike && name !== 'error') unsubscribe(emitter, 'error', onError);
      if (stopAbort !== undefined) stopAbort();
    };
    const onEvent = (...args) => {
      settle();
      fulfil(args);
    };
    const onError = (err) => {
      unsubscribe(emitter, name, onEvent);
      settle();
      fail(err);
    };

    if (!subscribe(emitter, name, onEvent, true)) throw notAnEmitter(emitter);
    if (emitterLike && name !== 'error') emitter.once('error', onError);

    if (signal != null) {
      const onAbort = () => {
        unsubscribe(emitter, name, onEvent);
        if (emitterLike && name !== 'error') unsubscribe(emitter, 'error', onError);
        fail(abortErrorFor(signal));
      };
      signal.addEventListener('abort', onAbort, { __proto__: null, once: true });
      stopAbort = () => signal.removeEventListener('abort', onAbort);
    }
  });
}

// ---- events.on --------------------------------------------------------------

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function on(emitter, event, options = { __proto__: null }) {
  const signal = checkSignalOption(options);
  if (signal?.aborted) throw abortErrorFor(signal);

  const highMark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highMark, 'options.highWaterMark', 1);
  const lowMark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowMark, 'options.lowWaterMark', 1);
  const closeEvents = options.close;

  const buffered = [];      // values nobody asked for yet
  const pending = [];       // { resolve, reject } of next() calls still waiting
  let failure = null;
  let done = false;
  let paused = false;
  let stopAbort;
  const detachers = [];

  const listen = (name, handler) => {
    if (!subscribe(emitter, name, handler, false)) throw notAnEmitter(emitter);
    detachers.push(() => unsubscribe(emitter, name, handler));
  };

  const finish = () => {
    if (done) return;
    done = true;
    for (const detach of detachers) detach();
    detachers.length = 0;
    if (stopAbort !== undefined) stopAbort();
    while (pending.length > 0) pending.shift().resolve({ value: undefined, done: true });
  };

  const onValue = (...args) => {
    if (pending.length > 0) {
      pending.shift().resolve({ value: args, done: false });
      return;
    }
    buffered.push(args);
    if (!paused && buffered.length > highMark && typeof emitter.pause === 'function') {
      paused = true;
      emitter.pause();
    }
  };

  const onFailure = (err) => {
    if (pending.length > 0) pending.shift().reject(err);
    else failure = err;
    finish();
  };

  listen(event, onValue);
  if (event !== 'error' && looksLikeEmitter(emitter)) listen('error', onFailure);
  if (closeEvents !== undefined && closeEvents !== null) {
    for (const name of closeEvents) listen(name, finish);
  }

  if (signal != null) {
    const onAbort = () => onFailure(abortErrorFor(signal));
    signal.addEventListener('abort', onAbort, { __proto__: null, once: true });
    stopAbort = () => signal.removeEventListener('abort', onAbort);
  }

  const iterator = Object.create(AsyncIteratorPrototype, {
    next: {
      __proto__: null, writable: true, configurable: true, enumerable: true,
      value: function next() {
        if (buffered.length > 0) {
          const value = buffered.shift();
          if (paused && buffered.length < lowMark && typeof emitter.resume === 'function') {
            paused = false;
            emitter.resume();
          }
          return Promise.resolve({ value, done: false });
        }
        if (failure !== null) {
          const err = failure;
          failure = null;
          return Promise.reject(err);
        }
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => pending.push({ resolve, reject }));
      },
    },
    return: {
      __proto__: null, writable: true, configurable: true, enumerable: true,
      value: function() {
        finish();
        return Promise.resolve({ value: undefined, done: true });
      },
    },
    throw: {
      __proto__: null, writable: true, configurable: true, enumerable: true,
      value: function(err) {
        if (!(err instanceof Error)) {
          throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
        }
        onFailure(err);
      },
    },
    [Symbol.asyncIterator]: {
      __proto__: null, writable: true, configurable: true, enumerable: true,
      value: function() {
        return this;
      },
    },
  });
  return iterator;
}

// ---- addAbortListener -------------------------------------------------------

function addAbortListener(sig, callback) {
  if (sig === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', sig);
  validateAbortSignal(sig, 'signal');
  validateFunction(callback, 'listener');

  let detach;
  if (sig.aborted) {
    // Already aborted: still report asynchronously, like a real event.
    queueMicrotask(() => { callback(); });
  } else {
    sig.addEventListener('abort', callback, { __proto__: null, once: true });
    detach = () => sig.removeEventListener('abort', callback);
  }
  return {
    __proto__: null,
    [Symbol.dispose]() {
      if (detach !== undefined) {
        const fn = detach;
        detach = undefined;
        fn();
      }
    },
  };
}

// ---- EventEmitterAsyncResource ----------------------------------------------

let asyncResourceCtor;
function asyncResourceClass(EventEmitter) {
  if (asyncResourceCtor !== undefined) return asyncResourceCtor;
  let nextId = 1;
  asyncResourceCtor = class EventEmitterAsyncResource extends EventEmitter {
    #id;
    #trigger;
    constructor(init) {
      const byName = typeof init === 'string';
      const label = byName ? init : (init?.name || new.target.name);
      const opts = byName ? undefined : init;
      super(opts);
      if (opts?.captureRejections !== undefined) {
        validateBoolean(opts.captureRejections, 'options.captureRejections');
      }
      this.#id = nextId++;
      this.#trigger = opts?.triggerAsyncId ?? 0;
      Object.defineProperty(this, Symbol.for('jolt.asyncResourceName'), {
        __proto__: null, value: label, enumerable: false, configurable: true,
      });
    }
    emit(event, ...args) {
      return Reflect.apply(super.emit, this, [event, ...args]);
    }
    emitDestroy() {}
    get asyncId() {
      return this.#id;
    }
    get triggerAsyncId() {
      return this.#trigger;
    }
    get asyncResource() {
      return this;
    }
  };
  return asyncResourceCtor;
}

module.exports = {
  addAbortListener,
  applyMaxListeners,
  asyncResourceClass,
  countForeign,
  getEventListeners,
  getMaxListenersOf,
  leakWarning,
  on,
  once,
  unhandledErrorFor,
  watchRejection,
};
