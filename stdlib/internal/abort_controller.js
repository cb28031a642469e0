'use strict';
// AbortController and AbortSignal (DOM standard, as Node exposes them).
//
// A signal made by AbortSignal.any() is a "dependent" signal: each source
// signal keeps a WeakRef to it until one of them aborts, and aborting a
// source aborts its dependents. Dependents and AbortSignal.timeout() signals
// can be aborted "from outside", so while one has 'abort' listeners it is
// kept in `retained` (a strong reference) and otherwise may be collected;
// nothing observable is lost then, since nobody listens or holds it.

const {
  EventTarget,
  Event,
  defineOnEventAttribute,
  defineTag,
  makeEnumerable,
  markTrusted,
  kListenerCountHook,
  inspectWithFields,
} = require('internal/event_target');
const { codes } = require('internal/errors');
const { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } = codes;

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kCreate = Symbol('kCreate');
const kMaxListenersKey = require('events').kMaxEventTargetListeners;

let DOMExceptionCtor;
function domException(message, name) {
  if (DOMExceptionCtor === undefined) DOMExceptionCtor = require('internal/dom_exception').DOMException;
  return new DOMExceptionCtor(message, name);
}

function defaultReason() {
  return domException('This operation was aborted', 'AbortError');
}

const retained = new Set();
// When a dependent is collected, its WeakRef leaves its sources' sets.
const dropDependent = new FinalizationRegistry(([sourceRefs, depRef]) => {
  for (const sourceRef of sourceRefs) dependentsOf(sourceRef)?.delete(depRef);
});
// When a timeout signal is collected, its timer goes too.
const dropTimer = new FinalizationRegistry((timer) => require('timers').clearTimeout(timer));

let isSignal;
let abortSignal;
let addDependents;
let dependentsOf;

// Whether a signal is aborted and why live under symbols (as in node), so
// that `aborted`, `reason` and throwIfAborted() work on a Proxy of a
// signal; the rest is private.
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
// May be aborted by a timer or a source signal (read by the listener-count
// hook, which a Proxy's addEventListener also calls).
const kExternal = Symbol('kExternal');

class AbortSignal extends EventTarget {
  #dependents = null;   // Set of WeakRefs to signals made by any() from this one
  #sources = null;      // for a dependent: the signals it follows
  #ref = null;          // for a dependent: the WeakRef its sources hold

  constructor(key = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kExternal] = false;
    // Signals are shared widely; Node does not warn about their listeners
    // unless events.setMaxListeners() is called on one.
    this[kMaxListenersKey] = 0;
  }

  static {
    isSignal = (value) => value !== null && typeof value === 'object' && #dependents in value;

    // Abort `signal` and, first, everything that depends on it; the events
    // fire after every reason is set, as the standard orders it.
    abortSignal = (signal, reason) => {
      if (signal[kAborted]) return;
      const fired = [];
      const mark = (s) => {
        if (s[kAborted]) return;
        s[kAborted] = true;
        s[kReason] = reason;
        fired.push(s);
        if (s.#sources !== null) {
          for (const src of s.#sources) src.#dependents?.delete(s.#ref);
          s.#sources = null;
        }
        const deps = s.#dependents;
        s.#dependents = null;
        if (deps !== null) {
          for (const ref of deps) {
            const d = ref.deref();
            if (d !== undefined) mark(d);
          }
        }
      };
      mark(signal);
      for (const s of fired) {
        const event = new Event('abort');
        markTrusted(event);
        s.dispatchEvent(event);
        retained.delete(s);
      }
    };

    addDependents = (dependent, sources) => {
      const ref = new WeakRef(dependent);
      for (const source of sources) {
        if (source.#dependents === null) source.#dependents = new Set();
        source.#dependents.add(ref);
      }
      dependent.#sources = sources;
      dependent.#ref = ref;
      dependent[kExternal] = true;
      dropDependent.register(dependent, [sources.map((src) => new WeakRef(src)), ref]);
    };

    dependentsOf = (sourceRef) => sourceRef.deref()?.#dependents;
  }

  [kListenerCountHook](type, count) {
    if (type !== 'abort' || !this[kExternal] || this[kAborted]) return;
    if (count > 0) retained.add(this);
    else retained.delete(this);
  }

  get aborted() {
    checkSignalState(this);
    return this[kAborted];
  }

  get reason() {
    checkSignalState(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkSignalState(this);
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = undefined) {
    const signal = new AbortSignal(kCreate);
    signal[kAborted] = true;
    signal[kReason] = reason === undefined ? defaultReason() : reason;
    return signal;
  }

  static timeout(delay) {
    require('internal/validators').validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kCreate);
    signal[kExternal] = true;
    // Neither the timer nor the process's liveness depend on the signal.
    const ref = new WeakRef(signal);
    const timer = require('timers').setTimeout(() => {
      const target = ref.deref();
      if (target !== undefined) {
        abortSignal(target, domException('The operation was aborted due to timeout', 'TimeoutError'));
      }
    }, delay);
    timer.unref();
    dropTimer.register(signal, timer);
    return signal;
  }

  static any(signals) {
    const list = toSignalList(signals);
    const result = new AbortSignal(kCreate);
    for (const s of list) {
      if (s[kAborted]) {
        result[kAborted] = true;
        result[kReason] = s[kReason];
        return result;
      }
    }
    // Follow the sources of a dependent directly, as the standard says.
    const sources = [];
    for (const s of list) {
      for (const root of s.#sources !== null ? s.#sources : [s]) {
        if (!sources.includes(root)) sources.push(root);
      }
    }
    if (sources.length > 0) addDependents(result, sources);
    return result;
  }

  [customInspect](depth, options) {
    if (!isSignal(this)) return this;
    if (depth < 0) return `[${this.constructor?.name ?? 'AbortSignal'}]`;
    return inspectWithFields(this, options, { aborted: this[kAborted] }, 1);
  }
}

// The getters' check: a signal or a Proxy of one.
function checkSignalState(value) {
  if (value === null || typeof value !== 'object' || value[kAborted] === undefined) {
    throw new ERR_INVALID_THIS('AbortSignal');
  }
}

// WebIDL sequence<AbortSignal> conversion, with Node's messages.
function toSignalList(signals) {
  const fail = (message) => {
    const err = new TypeError(message);
    err.code = 'ERR_INVALID_ARG_TYPE';
    return err;
  };
  if (signals === null || typeof signals !== 'object' || typeof signals[Symbol.iterator] !== 'function') {
    throw fail('signals cannot be converted to sequence.');
  }
  const out = [];
  let i = 0;
  for (const s of signals) {
    if (!isSignal(s)) throw fail(`signals[${i}] is not of type AbortSignal.`);
    out.push(s);
    i++;
  }
  return out;
}

makeEnumerable(AbortSignal.prototype, ['aborted', 'reason']);
defineOnEventAttribute(AbortSignal.prototype, 'abort');
defineTag(AbortSignal.prototype, 'AbortSignal');

let isController;
class AbortController {
  #signal = new AbortSignal(kCreate);

  static {
    isController = (value) => value !== null && typeof value === 'object' && #signal in value;
  }

  get signal() {
    checkController(this);
    return this.#signal;
  }

  abort(reason = undefined) {
    checkController(this);
    abortSignal(this.#signal, reason === undefined ? defaultReason() : reason);
  }

  [customInspect](depth, options) {
    if (!isController(this)) return this;
    if (depth < 0) return `${this.constructor?.name ?? 'AbortController'} {}`;
    return inspectWithFields(this, options, { signal: this.#signal }, 1);
  }
}

function checkController(value) {
  if (!isController(value)) throw new ERR_INVALID_THIS('AbortController');
}

makeEnumerable(AbortController.prototype, ['signal', 'abort']);
defineTag(AbortController.prototype, 'AbortController');

// util.transferableAbortSignal(): the signal may then be listed in the
// transfer list of postMessage or structuredClone. The receiving side gets
// a new signal following this one: aborted already, or aborted (with a
// copy of the reason) a turn after this one aborts, as a message would.
function makeTransferable(signal) {
  const { kTransfer } = require('internal/structured_clone');
  Object.defineProperty(signal, kTransfer, { __proto__: null, value: followerOf, configurable: true });
  return signal;
}

function copyOfReason(reason) {
  try {
    return require('internal/structured_clone').structuredClone(reason);
  } catch {
    return reason;
  }
}

function followerOf() {
  const follower = makeTransferable(new AbortSignal(kCreate));
  if (this.aborted) {
    abortSignal(follower, copyOfReason(this.reason));
  } else {
    this.addEventListener('abort', () => {
      const reason = copyOfReason(this.reason);
      // Unref'd, as the port node uses: it keeps no process alive.
      setImmediate(() => abortSignal(follower, reason)).unref();
    }, { once: true });
  }
  return follower;
}

module.exports = {
  AbortController,
  AbortSignal,
  isAbortSignal: (value) => isSignal(value),
  makeTransferable,
};
