'use strict';
// EventTarget, Event and CustomEvent (the DOM interfaces as Node exposes
// them). Written from the DOM standard and Node's documented behaviour.
//
// Listeners of a target live in a Map (created on first add): event type ->
// linked list of listener records (see Listener below for how a dispatch
// walks it while listeners are added and removed).
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

// The clock Event.timeStamp reads (ms since the process started, as
// performance.now()). The binding's function is kept in a variable: a call
// through it is all a new Event costs beyond its fields.
let hrtimeNs;
let startNs;
function now() {
  if (hrtimeNs === undefined) {
    const pm = internalBinding('process_methods');
    hrtimeNs = pm.hrtimeNs;
    startNs = pm.startTimeNs;
  }
  return (hrtimeNs() - startNs) / 1e6;
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

function defineTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, {
    __proto__: null, value: tag, writable: false, enumerable: false, configurable: true,
  });
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

// WebIDL members are enumerable; class syntax makes them non-enumerable.
function makeEnumerable(proto, keys = Object.getOwnPropertyNames(proto)) {
  for (const key of keys) {
    if (key === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    if (desc.configurable) {
      desc.enumerable = true;
      Object.defineProperty(proto, key, desc);
    }
  }
}
makeEnumerable(Event.prototype);
defineTag(Event.prototype, 'Event');

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
makeEnumerable(CustomEvent.prototype);
defineTag(CustomEvent.prototype, 'CustomEvent');

// ---- EventTarget ---------------------------------------------------------------

// One registration. `callback` is what the user passed (function or object
// with handleEvent). Registrations of one type form a doubly linked list. A
// removed record keeps its `next` link and is flagged, so a dispatch standing
// on it can still move on; like Node, a dispatch reads the next record before
// calling a listener, so a record appended behind that one is still reached.
class Listener {
  constructor(target, type, callback, capture, once, passive, signal, resist) {
    this.target = target;
    this.type = type;
    this.callback = callback;
    this.capture = capture;
    this.once = once;
    this.passive = passive;
    this.resist = resist;
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

// Internal listener option: the listener still runs after an earlier one
// called stopImmediatePropagation() (for Node's own abort handling, so user
// code cannot stop it from hearing an abort).
const kHearsStoppedEvents = Symbol('kHearsStoppedEvents');

function readOptions(options) {
  if (typeof options === 'boolean') {
    return { capture: options, once: false, passive: false, signal: undefined, resist: false };
  }
  if (options === undefined || options === null) {
    return { capture: false, once: false, passive: false, signal: undefined, resist: false };
  }
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  return {
    capture: !!options.capture,
    once: !!options.once,
    passive: !!options.passive,
    signal,
    resist: options[kHearsStoppedEvents] === true,
  };
}

// WebIDL DOMString conversion of an event type, with Node's error for a
// symbol (a template literal would throw the engine's own TypeError).
function typeString(type) {
  if (typeof type === 'symbol') {
    const err = new TypeError('Value is a Symbol and cannot be converted to a string.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return `${type}`;
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

// A subclass may define this method to hear of every listener added or
// removed: (type, number of listeners of that type now).
const kListenerCountHook = Symbol('kListenerCountHook');

// A target's listeners (a Map of type -> ListenerList, made by the first
// addEventListener) live under a symbol rather than in a private field, as
// node's do: the methods then work on a Proxy of a target too (a private
// field is not reached through a Proxy).
const kEvents = Symbol('kEvents');

let isTargetInstance;
let listenersOfTarget;
let dropListener;

class EventTarget {
  constructor() {
    this[kEvents] = null;
  }

  static {
    isTargetInstance = (value) => value !== null && typeof value === 'object' && value[kEvents] !== undefined;
    listenersOfTarget = (target, type) => target[kEvents]?.get(`${type}`);
    dropListener = (record) => {
      if (record.removed) return;
      record.removed = true;
      const target = record.target;
      const map = target[kEvents];
      const list = map.get(record.type);
      list.unlink(record);
      if (list.size === 0) map.delete(record.type);
      if (record.onAbort !== undefined) {
        record.signal.removeEventListener('abort', record.onAbort);
        record.onAbort = undefined;
      }
      if (target[kListenerCountHook] !== undefined) target[kListenerCountHook](record.type, list.size);
    };
  }

  addEventListener(type, listener, options = undefined) {
    checkTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { capture, once, passive, signal, resist } = readOptions(options);
    if (listener === null || listener === undefined) {
      process.emitWarning(`addEventListener called with ${listener} which has no effect.`,
                          'AddEventListenerArgumentTypeWarning');
      return;
    }
    if (typeof listener !== 'function' && typeof listener !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
    }
    if (signal?.aborted) return;
    type = typeString(type);

    let map = this[kEvents];
    if (map === null) this[kEvents] = map = new Map();
    let list = map.get(type);
    if (list === undefined) {
      list = new ListenerList();
      map.set(type, list);
    } else if (list.find(listener, capture) !== null) {
      return;
    }
    const record = new Listener(this, type, listener, capture, once, passive, signal, resist);
    if (signal !== undefined) {
      const onAbort = () => dropListener(record);
      signal.addEventListener('abort', onAbort, { __proto__: null, once: true, [kHearsStoppedEvents]: true });
      record.onAbort = onAbort;
    }
    list.append(record);
    if (list.size > 1) checkLeak(this, type, list.size);
    if (this[kListenerCountHook] !== undefined) this[kListenerCountHook](type, list.size);
  }

  removeEventListener(type, listener, options = undefined) {
    checkTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const record = this[kEvents]?.get(typeString(type))?.find(listener, captureFlag(options));
    if (record !== undefined && record !== null) dropListener(record);
  }

  dispatchEvent(event) {
    checkTarget(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!isEventInstance(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    beginDispatch(event, this);
    const list = this[kEvents]?.get(event.type);
    if (list !== undefined) runListeners(this, event, list.head);
    return endDispatch(event);
  }

  [customInspect](depth, options) {
    if (!isTargetInstance(this)) return this;
    if (depth < 0) return nameOf(this);
    return inspectWithFields(this, options, {});
  }
}

// The listener loop has no try per listener (a try block costs JSC a lot on
// this path): when a listener throws, the outer loop reports the error,
// undoes the per-listener state and resumes at the record after it, which
// `cursor.next` holds.
function runListeners(target, event, record) {
  const cursor = { next: null, passive: false };
  for (;;) {
    try {
      callListeners(target, event, record, cursor);
      return;
    } catch (err) {
      reportListenerError(err);
      if (cursor.passive) setPassive(event, false);
      setPhase(event, NONE);
      record = cursor.next;
    }
  }
}

function callListeners(target, event, record, cursor) {
  while (record !== null) {
    const next = record.next;
    if (record.removed || (!record.resist && stoppedNow(event))) {
      record = next;
      continue;
    }
    if (record.once) dropListener(record);
    const callback = record.callback;
    cursor.next = next;
    const passive = record.passive;
    if (passive) {
      cursor.passive = true;
      setPassive(event, true);
    }
    const result = typeof callback === 'function' ?
      callback.call(target, event) :
      Reflect.apply(callback.handleEvent, callback, [event]);
    if (result !== undefined && result !== null) watchResult(result);
    if (passive) {
      cursor.passive = false;
      setPassive(event, false);
    }
    setPhase(event, NONE);
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

makeEnumerable(EventTarget.prototype);
defineTag(EventTarget.prototype, 'EventTarget');

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
// position among the other listeners stays the same when it is replaced;
// as in Node, setting it to null later leaves that slot (doing nothing).
function defineOnEventAttribute(proto, type) {
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
      }
    },
  };
  Object.defineProperty(proto, name, Object.getOwnPropertyDescriptor(accessors, name));
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  defineOnEventAttribute,
  defineTag,
  makeEnumerable,
  getTargetListeners,
  kListenerCountHook,
  kHearsStoppedEvents,
  isEventTarget: (value) => isTargetInstance(value),
  isEvent: (value) => isEventInstance(value),
  markTrusted: (event) => markTrusted(event),
  inspectWithFields,
};
