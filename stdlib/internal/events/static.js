'use strict';
// Cold half of node:events: the promise/async-iterator helpers hung off the
// EventEmitter constructor, EventTarget interop, and the rarely taken paths of
// emit()/addListener() (unhandled 'error', leak warning, rejection capture).
// events.js requires this file lazily.

const { codes, AbortError } = require('internal/errors');
const checks = require('internal/validators');
const {
  validateAbortSignal,
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

// Options for Node's own 'abort' listeners: once, and not stopped by
// another listener's stopImmediatePropagation().
function resistingOnce() {
  return { __proto__: null, once: true, [webEvents().kHearsStoppedEvents]: true };
}

// ---- hot-path helpers that events.js defers to us ---------------------------

function unhandledErrorFor(emitter, value, emitFn) {
  if (value instanceof Error) {
    noteEmitSite(emitter, value, emitFn);
    return value;
  }
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

// Node's fatal error report of an unhandled 'error' adds where it was
// emitted ("Emitted 'error' event at:" and the emit call's frames); the
// report asks the error for that text through this hidden hook.
function noteEmitSite(emitter, err, emitFn) {
  const site = {};
  Error.captureStackTrace(site, emitFn);
  const name = emitter?.constructor?.name;
  const on = typeof name === 'string' && name !== 'EventEmitter' ? ` on ${name} instance` : '';
  const { kEnhanceStackBeforeInspector } = require('internal/process/execution');
  try {
    Object.defineProperty(err, kEnhanceStackBeforeInspector, {
      __proto__: null,
      configurable: true,
      writable: true,
      enumerable: false,
      value: () => {
        const frames = String(site.stack).split('\n').slice(1).join('\n');
        return `${err.stack}\nEmitted 'error' event${on} at:\n${frames}`;
      },
    });
  } catch {
    // A frozen error is reported without the emit site.
  }
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
      signal.addEventListener('abort', onAbort, resistingOnce());
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
    signal.addEventListener('abort', onAbort, resistingOnce());
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
    sig.addEventListener('abort', callback, resistingOnce());
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

// Jolt has no async_hooks yet: the resource gets ids and a companion
// `asyncResource` object (what Node's AsyncResource would be), and
// runInAsyncScope simply calls the function.
let asyncResourceCtor;
function asyncResourceClass(EventEmitter) {
  if (asyncResourceCtor !== undefined) return asyncResourceCtor;
  let nextId = 1;

  class EventEmitterReferencingAsyncResource {
    #emitter;
    #id;
    #trigger;
    constructor(emitter, trigger) {
      this.#emitter = emitter;
      this.#id = nextId++;
      this.#trigger = trigger;
    }
    get eventEmitter() {
      return this.#emitter;
    }
    asyncId() {
      return this.#id;
    }
    triggerAsyncId() {
      return this.#trigger;
    }
    runInAsyncScope(fn, thisArg, ...args) {
      return Reflect.apply(fn, thisArg, args);
    }
    emitDestroy() {
      return this;
    }
  }

  asyncResourceCtor = class EventEmitterAsyncResource extends EventEmitter {
    #resource;
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        name = options?.name;
        if (name === undefined && new.target !== asyncResourceCtor) name = new.target.name;
        checks.validateString(name, 'options.name');
      }
      super(options);
      this.#resource = new EventEmitterReferencingAsyncResource(this, options?.triggerAsyncId ?? 0);
    }
    emit(event, ...args) {
      return this.#resource.runInAsyncScope(super.emit, this, event, ...args);
    }
    emitDestroy() {
      this.#resource.emitDestroy();
    }
    get asyncId() {
      return this.#resource.asyncId();
    }
    get triggerAsyncId() {
      return this.#resource.triggerAsyncId();
    }
    get asyncResource() {
      return this.#resource;
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
