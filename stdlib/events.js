'use strict';
// node:events for Jolt.
//
// Storage layout (kept compatible with what npm code pokes at):
//   emitter._events       null-prototype map: event name -> handler slot
//   emitter._eventsCount  number of names that currently have a slot
//   emitter._maxListeners undefined (use the default) or a number
// A slot holds the listener itself while there is only one, and switches to
// an array once a second one is added; that keeps the common single-listener
// emit down to one property read and one call.
//
// Everything that is not on the hot path (static helpers, the unhandled
// 'error' message, the leak warning, rejection capture) is in
// internal/events/static and only loaded when first needed.

const shapeKey = Symbol('shapeMode');
const captureKey = Symbol('kCapture');
const monitorKey = Symbol('events.errorMonitor');
const rejectionKey = Symbol.for('nodejs.rejection');
const etMaxKey = Symbol('events.maxEventTargetListeners');
const etWarnedKey = Symbol('events.maxEventTargetListenersWarned');
// Listener arrays carry a count of emit() calls currently walking them.
// While it is non-zero the array is treated as frozen: add/remove work on a
// fresh copy instead, so emit() never has to snapshot the list itself.
const busyKey = Symbol('events.emitting');

function makeList(first, second) {
  const list = [first, second];
  list[busyKey] = 0;
  return list;
}

function unshareList(map, type, list) {
  if (list[busyKey] === 0) return list;
  const copy = list.slice();
  copy[busyKey] = 0;
  if (list.warned) copy.warned = true;
  map[type] = copy;
  return copy;
}

let cold;
function helpers() {
  if (cold === undefined) cold = require('internal/events/static');
  return cold;
}

let checks;
function validators() {
  if (checks === undefined) checks = require('internal/validators');
  return checks;
}

function requireListener(fn) {
  if (typeof fn !== 'function') validators().validateFunction(fn, 'listener');
}

// Object.create(null) takes JSC's cached null-prototype structure; a
// `{ __proto__: null }` literal changes its prototype after creation, which
// costs several times as much (every emitter makes one).
function freshMap() {
  return Object.create(null);
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
module.exports = EventEmitter;

let fallbackMax = 10;

function checkMaxValue(n, label) {
  validators().validateNumber(n, label, 0);
}

// ---- static surface -------------------------------------------------------

Object.defineProperties(EventEmitter, {
  addAbortListener: {
    __proto__: null, writable: true, enumerable: true, configurable: true,
    value: function addAbortListener(signal, listener) {
      return helpers().addAbortListener(signal, listener);
    },
  },
  once: {
    __proto__: null, writable: true, enumerable: true, configurable: true,
    value: function once(emitter, name, options = undefined) {
      return helpers().once(emitter, name, options);
    },
  },
  on: {
    __proto__: null, writable: true, enumerable: true, configurable: true,
    value: function on(emitter, event, options = undefined) {
      return helpers().on(emitter, event, options);
    },
  },
  getEventListeners: {
    __proto__: null, writable: true, enumerable: true, configurable: true,
    value: function getEventListeners(emitterOrTarget, type) {
      return helpers().getEventListeners(emitterOrTarget, type);
    },
  },
  getMaxListeners: {
    __proto__: null, writable: true, enumerable: true, configurable: true,
    value: function getMaxListeners(emitterOrTarget) {
      return helpers().getMaxListenersOf(emitterOrTarget, etMaxKey);
    },
  },
  listenerCount: {
    __proto__: null, writable: true, enumerable: true, configurable: true,
    value: function listenerCount(emitter, type) {
      if (emitter !== null && typeof emitter === 'object' && typeof emitter.listenerCount === 'function') {
        return emitter.listenerCount(type);
      }
      return helpers().countForeign(emitter, type);
    },
  },
});

// Old-style `require('events').EventEmitter` keeps working.
Object.assign(EventEmitter, {
  EventEmitter,
  usingDomains: false,
  captureRejectionSymbol: rejectionKey,
});

Object.defineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  enumerable: true,
  get() {
    return EventEmitter.prototype[captureKey];
  },
  set(value) {
    validators().validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[captureKey] = value;
  },
});

Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    return helpers().asyncResourceClass(EventEmitter);
  },
  set: undefined,
});

EventEmitter.errorMonitor = monitorKey;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  enumerable: true,
  get() {
    return fallbackMax;
  },
  set(n) {
    checkMaxValue(n, 'defaultMaxListeners');
    fallbackMax = n;
  },
});

Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    __proto__: null, value: etMaxKey, enumerable: false, configurable: false, writable: false,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null, value: etWarnedKey, writable: false, enumerable: false, configurable: false,
  },
});

EventEmitter.setMaxListeners = function setMaxListeners(n = fallbackMax, ...targets) {
  checkMaxValue(n, 'setMaxListeners');
  if (targets.length === 0) {
    fallbackMax = n;
    return;
  }
  helpers().applyMaxListeners(n, targets, etMaxKey, etWarnedKey);
};

EventEmitter.init = function init(opts) {
  const own = this._events;
  if (own === undefined || own === Object.getPrototypeOf(this)._events) {
    this._events = freshMap();
    this._eventsCount = 0;
    this[shapeKey] = false;
  } else {
    // A subclass prepared its own map before calling us; respect it.
    this[shapeKey] = true;
  }
  this._maxListeners = this._maxListeners || undefined;

  const capture = opts?.captureRejections;
  if (capture) {
    validators().validateBoolean(capture, 'options.captureRejections');
    this[captureKey] = true;
  } else {
    this[captureKey] = EventEmitter.prototype[captureKey];
  }
};

// ---- prototype --------------------------------------------------------------

const proto = EventEmitter.prototype;
proto._events = undefined;
proto._eventsCount = 0;
proto._maxListeners = undefined;

Object.defineProperty(proto, captureKey, {
  __proto__: null, value: false, writable: true, enumerable: false,
});

function effectiveMax(emitter) {
  const n = emitter._maxListeners;
  return n === undefined ? fallbackMax : n;
}

proto.setMaxListeners = function setMaxListeners(n) {
  checkMaxValue(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

proto.getMaxListeners = function getMaxListeners() {
  return effectiveMax(this);
};

// Call one listener with the arguments emit() received. Small arities are
// spelled out so that no array has to be built for them; `many` holds the
// arguments only when there are more than three.
function invoke(self, fn, argc, a, b, c, many) {
  switch (argc) {
    case 0: return fn.call(self);
    case 1: return fn.call(self, a);
    case 2: return fn.call(self, a, b);
    case 3: return fn.call(self, a, b, c);
    default: return Reflect.apply(fn, self, many);
  }
}

function afterCall(self, result, type, argc, a, b, c, many) {
  // Only reached for a non-nullish return value with capture turned on.
  const args = argc > 3 ? many : [a, b, c].slice(0, argc);
  helpers().watchRejection(self, result, type, args, captureKey, rejectionKey);
}

// Call every listener of a (frozen) list. The argument count is switched on
// once, outside the loops, which JSC runs much faster than a switch per call.
function callEach(self, list, type, argc, a, b, c, many) {
  const n = list.length;
  let r;
  switch (argc) {
    case 0:
      for (let i = 0; i < n; i++) {
        r = list[i].call(self);
        if (r !== undefined && r !== null && self[captureKey]) afterCall(self, r, type, argc, a, b, c, many);
      }
      break;
    case 1:
      for (let i = 0; i < n; i++) {
        r = list[i].call(self, a);
        if (r !== undefined && r !== null && self[captureKey]) afterCall(self, r, type, argc, a, b, c, many);
      }
      break;
    case 2:
      for (let i = 0; i < n; i++) {
        r = list[i].call(self, a, b);
        if (r !== undefined && r !== null && self[captureKey]) afterCall(self, r, type, argc, a, b, c, many);
      }
      break;
    case 3:
      for (let i = 0; i < n; i++) {
        r = list[i].call(self, a, b, c);
        if (r !== undefined && r !== null && self[captureKey]) afterCall(self, r, type, argc, a, b, c, many);
      }
      break;
    default:
      for (let i = 0; i < n; i++) {
        r = Reflect.apply(list[i], self, many);
        if (r !== undefined && r !== null && self[captureKey]) afterCall(self, r, type, argc, a, b, c, many);
      }
  }
}

proto.emit = function emit(type, a, b, c) {
  const argc = arguments.length - 1;
  const map = this._events;
  let unhandledError = type === 'error';

  if (map !== undefined) {
    if (unhandledError && map[monitorKey] !== undefined) {
      const rest = Array.prototype.slice.call(arguments, 1);
      rest.unshift(monitorKey);
      Reflect.apply(this.emit, this, rest);
    }
    if (unhandledError) unhandledError = map.error === undefined;
  } else if (!unhandledError) {
    return false;
  }

  if (unhandledError) {
    throw helpers().unhandledErrorFor(this, argc > 0 ? a : undefined, emit);
  }

  const slot = map[type];
  if (slot === undefined) return false;
  const many = argc > 3 ? Array.prototype.slice.call(arguments, 1) : undefined;

  if (typeof slot === 'function') {
    const r = invoke(this, slot, argc, a, b, c, many);
    if (r !== undefined && r !== null && this[captureKey]) afterCall(this, r, type, argc, a, b, c, many);
    return true;
  }

  // Mark the list busy so listeners added or removed meanwhile land in a
  // copy and do not affect this round. No try/finally (it costs JSC a lot
  // here): if a listener throws, the count stays raised, which only makes
  // the next add/remove copy the list once; the copy starts at zero.
  slot[busyKey]++;
  callEach(this, slot, type, argc, a, b, c, many);
  slot[busyKey]--;
  return true;
};

// emit(type, ...args) in Node; the named a, b, c above avoid a rest array.
Object.defineProperty(proto.emit, 'length', { __proto__: null, value: 1 });

function insertListener(emitter, type, listener, atFront) {
  requireListener(listener);

  let map = emitter._events;
  let current;
  if (map === undefined) {
    map = emitter._events = freshMap();
    emitter._eventsCount = 0;
  } else {
    if (map.newListener !== undefined) {
      emitter.emit('newListener', type, listener.listener ? listener.listener : listener);
      // A newListener handler may have replaced the map.
      map = emitter._events;
    }
    current = map[type];
  }

  if (current === undefined) {
    map[type] = listener;
    emitter._eventsCount++;
    return emitter;
  }

  if (typeof current === 'function') {
    current = map[type] = atFront ? makeList(listener, current) : makeList(current, listener);
  } else {
    current = unshareList(map, type, current);
    if (atFront) current.unshift(listener);
    else current.push(listener);
  }

  const limit = effectiveMax(emitter);
  if (limit > 0 && current.length > limit && !current.warned) {
    current.warned = true;
    helpers().leakWarning(emitter, type, current.length, limit);
  }
  return emitter;
}

proto.addListener = function addListener(type, listener) {
  return insertListener(this, type, listener, false);
};
proto.on = proto.addListener;

proto.prependListener = function prependListener(type, listener) {
  return insertListener(this, type, listener, true);
};

function makeOnce(target, type, listener) {
  let fired = false;
  function wrapper(...args) {
    if (fired) return undefined;
    fired = true;
    target.removeListener(type, wrapper);  // first, so a re-emit skips it
    return Reflect.apply(listener, target, args);
  }
  wrapper.listener = listener;
  return wrapper;
}

proto.once = function once(type, listener) {
  requireListener(listener);
  this.on(type, makeOnce(this, type, listener));
  return this;
};

proto.prependOnceListener = function prependOnceListener(type, listener) {
  requireListener(listener);
  this.prependListener(type, makeOnce(this, type, listener));
  return this;
};

function dropName(emitter, map, type) {
  emitter._eventsCount--;
  if (emitter[shapeKey]) {
    map[type] = undefined;
  } else if (emitter._eventsCount === 0) {
    emitter._events = freshMap();
  } else {
    delete map[type];
  }
}

proto.removeListener = function removeListener(type, listener) {
  requireListener(listener);
  const map = this._events;
  if (map === undefined) return this;
  const slot = map[type];
  if (slot === undefined) return this;

  if (slot === listener || slot.listener === listener) {
    dropName(this, map, type);
    if (map.removeListener !== undefined) {
      this.emit('removeListener', type, slot.listener || listener);
    }
    return this;
  }
  if (typeof slot === 'function') return this;

  let at = slot.length - 1;
  while (at >= 0 && slot[at] !== listener && slot[at].listener !== listener) at--;
  if (at < 0) return this;

  const list = unshareList(map, type, slot);
  if (at === 0) list.shift();
  else list.splice(at, 1);
  if (list.length === 1) map[type] = list[0];

  if (map.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};
proto.off = proto.removeListener;

proto.removeAllListeners = function removeAllListeners(type) {
  const map = this._events;
  if (map === undefined) return this;
  const everything = arguments.length === 0;

  if (map.removeListener === undefined) {
    // Nobody observes removals: just drop the storage.
    if (everything) {
      this._events = freshMap();
      this._eventsCount = 0;
    } else if (map[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = freshMap();
      else delete map[type];
    }
    this[shapeKey] = false;
    return this;
  }

  if (everything) {
    for (const name of Reflect.ownKeys(map)) {
      if (name !== 'removeListener') this.removeAllListeners(name);
    }
    this.removeAllListeners('removeListener');  // last, so it saw the others
    this._events = freshMap();
    this._eventsCount = 0;
    this[shapeKey] = false;
    return this;
  }

  const slot = map[type];
  if (typeof slot === 'function') {
    this.removeListener(type, slot);
  } else if (slot !== undefined) {
    // Last in, first out, as Node does.
    for (let i = slot.length - 1; i >= 0; i--) this.removeListener(type, slot[i]);
  }
  return this;
};

function collect(emitter, type, unwrap) {
  const map = emitter._events;
  if (map === undefined) return [];
  const slot = map[type];
  if (slot === undefined) return [];
  if (typeof slot === 'function') return [unwrap ? (slot.listener || slot) : slot];
  const out = new Array(slot.length);
  for (let i = 0; i < slot.length; i++) out[i] = unwrap ? (slot[i].listener || slot[i]) : slot[i];
  return out;
}

proto.listeners = function listeners(type) {
  return collect(this, type, true);
};

proto.rawListeners = function rawListeners(type) {
  return collect(this, type, false);
};

proto.listenerCount = function listenerCount(type, listener) {
  const map = this._events;
  if (map === undefined) return 0;
  const slot = map[type];
  if (slot === undefined) return 0;
  const wanted = listener !== undefined && listener !== null;
  if (typeof slot === 'function') {
    if (!wanted) return 1;
    return slot === listener || slot.listener === listener ? 1 : 0;
  }
  if (!wanted) return slot.length;
  let n = 0;
  for (const fn of slot) {
    if (fn === listener || fn.listener === listener) n++;
  }
  return n;
};

proto.eventNames = function eventNames() {
  if (!(this._eventsCount > 0)) return [];
  const map = this._events;
  return Reflect.ownKeys(map).filter((k) => map[k] !== undefined);
};

