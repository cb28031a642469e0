'use strict';
// EventTarget, Event and CustomEvent (the DOM interfaces as Node exposes
// them). Written from the DOM standard and Node's documented behaviour.
//
// Listeners of a target live in a Map (created on first add): event type ->
// array of listener records. dispatchEvent walks a snapshot of that array and
// skips records removed meanwhile, so add/remove inside a listener never
// affects the round in progress.
//
// A listener that throws does not stop the dispatch: the error is rethrown
// from process.nextTick, i.e. it becomes an uncaught exception, as in Node.

const { codes } = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
  ERR_MISSING_ARGS,
  ERR_EVENT_RECURSION,
} = codes;

const customInspect = Symbol.for('nodejs.util.inspect.custom');

let pm;
function now() {
  if (pm === undefined) pm = internalBinding('process_methods');
  return (pm.hrtimeNs() - pm.startTimeNs) / 1e6;
}

let inspectFn;
function inspect(value, opts) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}

let eventsModule;
function events() {
  if (eventsModule === undefined) eventsModule = require('events');
  return eventsModule;
}

function validateAbortSignal(signal, name) {
  require('internal/validators').validateAbortSignal(signal, name);
}

// Shared by the custom inspectors of the web classes: `Name { ...fields }`.
// `options.depth` is the depth the caller asked for; `shift` lowers it for
// the fields (AbortSignal and AbortController count one level for
// themselves, Event and EventTarget do not).
function inspectWithFields(self, options, fields, shift = 0) {
  const name = nameOf(self);
  let opts = options;
  if (shift !== 0 && typeof options.depth === 'number') opts = { ...options, depth: options.depth - shift };
  return `${name} ${inspect(fields, opts)}`;
}

function nameOf(self) {
  return self.constructor?.name ?? 'Object';
}

// ---- Event -------------------------------------------------------------------

const NONE = 0;
const CAPTURING_PHASE = 1;
const AT_TARGET = 2;
const BUBBLING_PHASE = 3;

let isEventInstance;
// Set by dispatchEvent through these hooks; the fields are private to Event.
let beginDispatch;
let endDispatch;
let setPhase;
let setPassive;
let stoppedNow;
let markTrusted;
let trustedOf;

class Event {
  #type;
  #bubbles = false;
  #cancelable = false;
  #composed = false;
  #canceled = false;
  #stopPropagation = false;
  #stopImmediate = false;
  #inPassive = false;
  #dispatching = false;
  #trusted = false;
  #target = null;
  #currentTarget = null;
  #phase = NONE;
  #timeStamp;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    this.#type = `${type}`;
    if (options !== undefined && options !== null) {
      this.#bubbles = !!options.bubbles;
      this.#cancelable = !!options.cancelable;
      this.#composed = !!options.composed;
    }
    this.#timeStamp = now();
  }

  static {
    isEventInstance = (value) => value !== null && typeof value === 'object' && #type in value;
    beginDispatch = (event, target) => {
      if (event.#dispatching) throw new ERR_EVENT_RECURSION(event.#type);
      event.#dispatching = true;
      event.#target = target;
      event.#currentTarget = target;
      event.#phase = AT_TARGET;
    };
    endDispatch = (event) => {
      event.#dispatching = false;
      event.#currentTarget = null;
      event.#phase = NONE;
      return !event.#canceled;
    };
    // Node leaves the event "at target" only for the first listener called.
    setPhase = (event, phase) => {
      event.#phase = phase;
      if (phase === NONE) event.#currentTarget = null;
    };
    setPassive = (event, on) => { event.#inPassive = on; };
    stoppedNow = (event) => event.#stopImmediate;
    markTrusted = (event) => { event.#trusted = true; };
    trustedOf = (event) => event.#trusted;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    checkEvent(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.#stopPropagation = true;
    this.#stopImmediate = true;
  }

  preventDefault() {
    checkEvent(this);
    if (this.#cancelable && !this.#inPassive) this.#canceled = true;
  }

  get target() {
    checkEvent(this);
    return this.#target;
  }

  get currentTarget() {
    checkEvent(this);
    return this.#currentTarget;
  }

  get srcElement() {
    checkEvent(this);
    return this.#target;
  }

  get type() {
    checkEvent(this);
    return this.#type;
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#canceled;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timeStamp;
  }

  composedPath() {
    checkEvent(this);
    return this.#dispatching && this.#currentTarget !== null ? [this.#currentTarget] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !(this.#cancelable && this.#canceled);
  }

  set returnValue(value) {
    checkEvent(this);
    if (!value) this.preventDefault();
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this.#phase;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#stopPropagation;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#stopPropagation = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#stopPropagation = true;
  }

  [customInspect](depth, options) {
    if (!isEventInstance(this)) return this;
    if (depth < 0) return nameOf(this);
    return inspectWithFields(this, options, {
      type: this.#type,
      defaultPrevented: this.#cancelable && this.#canceled,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    });
  }
}

function checkEvent(value) {
  if (!isEventInstance(value)) throw new ERR_INVALID_THIS('Event');
}

// isTrusted is [LegacyUnforgeable] in the spec; Node puts a
// non-configurable getter on the prototype.
Object.defineProperty(Event.prototype, 'isTrusted', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get: Object.getOwnPropertyDescriptor({
    get isTrusted() {
      checkEvent(this);
      return trustedOf(this);
    },
  }, 'isTrusted').get,
});

for (const [name, value] of [['NONE', NONE], ['CAPTURING_PHASE', CAPTURING_PHASE],
  ['AT_TARGET', AT_TARGET], ['BUBBLING_PHASE', BUBBLING_PHASE]]) {
  Object.defineProperty(Event, name, {
    __proto__: null, value, writable: false, enumerable: true, configurable: false,
  });
}

function makeAccessorsEnumerable(proto) {
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    if (desc.configurable) {
      desc.enumerable = true;
      Object.defineProperty(proto, key, desc);
    }
  }
}
makeAccessorsEnumerable(Event.prototype);
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Event', writable: false, enumerable: false, configurable: true,
});

// ---- CustomEvent -------------------------------------------------------------

let isCustomEvent;
class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  static {
    isCustomEvent = (value) => value !== null && typeof value === 'object' && #detail in value;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}
makeAccessorsEnumerable(CustomEvent.prototype);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
});

// ---- EventTarget ---------------------------------------------------------------

// One registration. `callback` is what the user passed (function or object
// with handleEvent). Registrations of one type form a doubly linked list. A
// removed record keeps its `next` link and is flagged, so a dispatch standing
// on it can still move on; like Node, a dispatch reads the next record before
// calling a listener, so a record appended behind that one is still reached.
class Listener {
  constructor(target, type, callback, capture, once, passive, signal) {
    this.target = target;
    this.type = type;
    this.callback = callback;
    this.capture = capture;
    this.once = once;
    this.passive = passive;
    this.removed = false;
    this.signal = signal;
    this.onAbort = undefined;
    this.prev = null;
    this.next = null;
  }
}

class ListenerList {
  constructor() {
    this.head = null;
    this.tail = null;
    this.size = 0;
  }

  append(record) {
    if (this.tail === null) {
      this.head = this.tail = record;
    } else {
      record.prev = this.tail;
      this.tail.next = record;
      this.tail = record;
    }
    this.size++;
  }

  unlink(record) {
    const { prev, next } = record;
    if (prev !== null) prev.next = next; else this.head = next;
    if (next !== null) next.prev = prev; else this.tail = prev;
    record.prev = null;
    this.size--;
  }

  find(callback, capture) {
    for (let r = this.head; r !== null; r = r.next) {
      if (r.callback === callback && r.capture === capture) return r;
    }
    return null;
  }
}

function readOptions(options) {
  if (typeof options === 'boolean') return { capture: options, once: false, passive: false, signal: undefined };
  if (options === undefined || options === null) {
    return { capture: false, once: false, passive: false, signal: undefined };
  }
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  return {
    capture: !!options.capture,
    once: !!options.once,
    passive: !!options.passive,
    signal,
  };
}

function captureFlag(options) {
  if (typeof options === 'boolean') return options;
  if (options === undefined || options === null) return false;
  return !!options.capture;
}

function reportListenerError(err) {
  process.nextTick(() => { throw err; });
}

function watchResult(result) {
  // An async listener's rejection is reported like a synchronous throw.
  let then;
  try {
    then = result.then;
  } catch (err) {
    reportListenerError(err);
    return;
  }
  if (typeof then === 'function') Reflect.apply(then, result, [undefined, reportListenerError]);
}

let isTargetInstance;
let listenersOfTarget;
let dropListener;

class EventTarget {
  #map = null;

  static {
    isTargetInstance = (value) => value !== null && typeof value === 'object' && #map in value;
    listenersOfTarget = (target, type) => target.#map?.get(`${type}`);
    dropListener = (record) => {
      if (record.removed) return;
      record.removed = true;
      const map = record.target.#map;
      const list = map.get(record.type);
      list.unlink(record);
      if (list.size === 0) map.delete(record.type);
      if (record.onAbort !== undefined) {
        record.signal.removeEventListener('abort', record.onAbort);
        record.onAbort = undefined;
      }
    };
  }

  addEventListener(type, listener, options = undefined) {
    checkTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { capture, once, passive, signal } = readOptions(options);
    if (listener === null || listener === undefined) {
      process.emitWarning(`addEventListener called with ${listener} which has no effect.`,
                          'AddEventListenerArgumentTypeWarning');
      return;
    }
    if (typeof listener !== 'function' && typeof listener !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
    }
    if (signal?.aborted) return;
    type = `${type}`;

    if (this.#map === null) this.#map = new Map();
    let list = this.#map.get(type);
    if (list === undefined) {
      list = new ListenerList();
      this.#map.set(type, list);
    } else if (list.find(listener, capture) !== null) {
      return;
    }
    const record = new Listener(this, type, listener, capture, once, passive, signal);
    list.append(record);
    if (signal !== undefined) {
      record.onAbort = () => dropListener(record);
      signal.addEventListener('abort', record.onAbort, { __proto__: null, once: true });
    }
    if (list.size > 1) checkLeak(this, type, list.size);
  }

  removeEventListener(type, listener, options = undefined) {
    checkTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const record = this.#map?.get(`${type}`)?.find(listener, captureFlag(options));
    if (record !== undefined && record !== null) dropListener(record);
  }

  dispatchEvent(event) {
    checkTarget(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!isEventInstance(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    beginDispatch(event, this);
    const list = this.#map?.get(event.type);
    if (list !== undefined) runListeners(this, event, list.head);
    return endDispatch(event);
  }

  [customInspect](depth, options) {
    if (!isTargetInstance(this)) return this;
    if (depth < 0) return nameOf(this);
    return inspectWithFields(this, options, {});
  }
}

function runListeners(target, event, record) {
  while (record !== null) {
    const next = record.next;
    if (record.removed) {
      record = next;
      continue;
    }
    if (record.once) dropListener(record);
    const callback = record.callback;
    if (record.passive) setPassive(event, true);
    try {
      let result;
      if (typeof callback === 'function') {
        result = Reflect.apply(callback, target, [event]);
      } else {
        const handler = callback.handleEvent;
        result = Reflect.apply(handler, callback, [event]);
      }
      if (result !== undefined && result !== null) watchResult(result);
    } catch (err) {
      reportListenerError(err);
    }
    if (record.passive) setPassive(event, false);
    setPhase(event, NONE);
    if (stoppedNow(event)) break;
    record = next;
  }
}

function checkTarget(value) {
  if (!isTargetInstance(value)) throw new ERR_INVALID_THIS('EventTarget');
}

// The leak warning fires once per target (until events.setMaxListeners()
// is called on it again).
function checkLeak(target, type, count) {
  const ev = events();
  const maxKey = ev.kMaxEventTargetListeners;
  const warnedKey = ev.kMaxEventTargetListenersWarned;
  const limit = target[maxKey] ?? ev.defaultMaxListeners;
  if (limit > 0 && count > limit && !target[warnedKey]) {
    target[warnedKey] = true;
    const warning = new Error('Possible EventTarget memory leak detected. ' +
      `${count} ${type} listeners added to ${inspect(target, { depth: -1 })}. ` +
      `MaxListeners is ${limit}. Use events.setMaxListeners() to increase limit`);
    warning.name = 'MaxListenersExceededWarning';
    warning.target = target;
    warning.type = type;
    warning.count = count;
    process.emitWarning(warning);
  }
}

for (const proto of [EventTarget.prototype]) makeAccessorsEnumerable(proto);
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'EventTarget', writable: false, enumerable: false, configurable: true,
});

// ---- helpers for other modules -------------------------------------------------

// The listeners as given by the user, in order (events.getEventListeners).
function getTargetListeners(target, type) {
  const out = [];
  const list = listenersOfTarget(target, type);
  if (list !== undefined) for (let r = list.head; r !== null; r = r.next) out.push(r.callback);
  return out;
}

// Define an `on<type>` attribute handler (e.g. AbortSignal's onabort). The
// handler occupies one listener slot from its first assignment on, so its
// position among the other listeners stays the same when it is replaced.
function defineEventHandler(proto, type) {
  const handlers = new WeakMap();  // target -> { value, record callback }
  const name = `on${type}`;
  const accessors = {
    get [name]() {
      return handlers.get(this)?.value ?? null;
    },
    set [name](value) {
      let slot = handlers.get(this);
      if (slot === undefined) {
        slot = { value: null, callback: null };
        handlers.set(this, slot);
      }
      slot.value = value;
      const active = typeof value === 'function' || (value !== null && typeof value === 'object');
      if (active && slot.callback === null) {
        slot.callback = function(event) {
          const fn = slot.value;
          if (typeof fn === 'function') return Reflect.apply(fn, this, [event]);
          return undefined;
        };
        this.addEventListener(type, slot.callback);
      } else if (!active && slot.callback !== null) {
        this.removeEventListener(type, slot.callback);
        slot.callback = null;
      }
    },
  };
  Object.defineProperty(proto, name, Object.getOwnPropertyDescriptor(accessors, name));
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  defineEventHandler,
  getTargetListeners,
  isEventTarget: (value) => isTargetInstance(value),
  isEvent: (value) => isEventInstance(value),
  markTrusted: (event) => markTrusted(event),
  inspectWithFields,
};
