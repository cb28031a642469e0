'use strict';
// AbortController and AbortSignal (DOM standard, as Node exposes them).
//
// A signal made by AbortSignal.any() is a "dependent" signal: each source
// signal keeps it in a Set until it aborts, and aborting a source aborts its
// dependents. The Set holds them strongly (a dependent with listeners must
// not be collected while a source may still abort it); a dependent is
// dropped from every source once it aborts.

const {
  EventTarget,
  Event,
  defineEventHandler,
  markTrusted,
  inspectWithFields,
} = require('internal/event_target');
const { codes } = require('internal/errors');
const { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } = codes;

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kCreate = Symbol('kCreate');

let DOMExceptionCtor;
function domException(message, name) {
  if (DOMExceptionCtor === undefined) DOMExceptionCtor = require('internal/dom_exception').DOMException;
  return new DOMExceptionCtor(message, name);
}

function defaultReason() {
  return domException('This operation was aborted', 'AbortError');
}

let isSignal;
let abortSignal;
let addDependent;

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  #dependents = null;   // Set of signals made by any() from this one
  #sources = null;      // for a dependent: the signals it follows

  constructor(key = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  static {
    isSignal = (value) => value !== null && typeof value === 'object' && #aborted in value;

    // Abort `signal` and, first, everything that depends on it; the events
    // fire after every reason is set, as the standard orders it.
    abortSignal = (signal, reason) => {
      if (signal.#aborted) return;
      const fired = [];
      const mark = (s) => {
        if (s.#aborted) return;
        s.#aborted = true;
        s.#reason = reason;
        fired.push(s);
        if (s.#sources !== null) {
          for (const src of s.#sources) src.#dependents?.delete(s);
          s.#sources = null;
        }
        const deps = s.#dependents;
        s.#dependents = null;
        if (deps !== null) for (const d of deps) mark(d);
      };
      mark(signal);
      for (const s of fired) {
        const event = new Event('abort');
        markTrusted(event);
        s.dispatchEvent(event);
      }
    };

    addDependent = (source, dependent) => {
      if (source.#dependents === null) source.#dependents = new Set();
      source.#dependents.add(dependent);
      if (dependent.#sources === null) dependent.#sources = [];
      dependent.#sources.push(source);
    };
  }

  get aborted() {
    checkSignal(this);
    return this.#aborted;
  }

  get reason() {
    checkSignal(this);
    return this.#reason;
  }

  throwIfAborted() {
    checkSignal(this);
    if (this.#aborted) throw this.#reason;
  }

  static abort(reason = undefined) {
    const signal = new AbortSignal(kCreate);
    signal.#aborted = true;
    signal.#reason = reason === undefined ? defaultReason() : reason;
    return signal;
  }

  static timeout(delay) {
    require('internal/validators').validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kCreate);
    // The timer must not keep the process alive.
    const timer = require('timers').setTimeout(() => {
      abortSignal(signal, domException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    timer.unref();
    return signal;
  }

  static any(signals) {
    const list = toSignalList(signals);
    const result = new AbortSignal(kCreate);
    for (const s of list) {
      if (s.#aborted) {
        result.#aborted = true;
        result.#reason = s.#reason;
        return result;
      }
    }
    for (const s of list) {
      // Follow the sources of a dependent directly, as the standard says.
      const roots = s.#sources !== null ? s.#sources : [s];
      for (const root of roots) {
        if (result.#sources === null || !result.#sources.includes(root)) addDependent(root, result);
      }
    }
    return result;
  }

  [customInspect](depth, options) {
    if (!isSignal(this)) return this;
    if (depth < 0) return `[${this.constructor?.name ?? 'AbortSignal'}]`;
    return inspectWithFields(this, options, { aborted: this.#aborted }, 1);
  }
}

function checkSignal(value) {
  if (!isSignal(value)) throw new ERR_INVALID_THIS('AbortSignal');
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

for (const key of ['aborted', 'reason']) {
  const desc = Object.getOwnPropertyDescriptor(AbortSignal.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(AbortSignal.prototype, key, desc);
}
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});

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

for (const key of ['signal', 'abort']) {
  const desc = Object.getOwnPropertyDescriptor(AbortController.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(AbortController.prototype, key, desc);
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

module.exports = {
  AbortController,
  AbortSignal,
  isAbortSignal: (value) => isSignal(value),
};
