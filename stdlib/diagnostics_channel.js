'use strict';
// node:diagnostics_channel, written from Node's documentation.
//
// Channels are looked up by name in a registry that holds them weakly: a
// channel nobody references (and nobody subscribes to) may be collected, and
// channel(name) then makes a new one. A channel with subscribers or bound
// stores is also kept in `activeChannels`, which holds it strongly, so that
// subscribing through dc.subscribe(name, fn) without keeping the channel
// still works.
//
// Subscriber lists are replaced, never changed in place, so a publish() in
// progress walks the list it started with.
//
// Stores: bindStore() accepts any object; runStores() uses a store's run(value,
// fn) method (AsyncLocalStorage's shape). Jolt has no AsyncLocalStorage yet,
// so only objects that expose run() take part.

const { codes } = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { ERR_INVALID_ARG_TYPE } = codes;

const registry = new Map();          // name -> WeakRef(channel)
const activeChannels = new Set();    // channels with subscribers or stores
const cleanup = new FinalizationRegistry((name) => {
  const ref = registry.get(name);
  if (ref !== undefined && ref.deref() === undefined) registry.delete(name);
});

function reportError(err) {
  process.nextTick(() => { throw err; });
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    this._index = undefined;
  }

  static [Symbol.hasInstance](value) {
    const proto = value !== null && typeof value === 'object' ? Object.getPrototypeOf(value) : null;
    return proto === Channel.prototype || proto === ActiveChannel.prototype;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    activate(this);
    this.subscribe(subscription);
  }

  unsubscribe() {
    return false;
  }

  bindStore(store, transform) {
    activate(this);
    this.bindStore(store, transform);
  }

  unbindStore() {
    return false;
  }

  get hasSubscribers() {
    return false;
  }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }
}

// A channel switches to this prototype while it has subscribers or stores,
// which keeps publish() on an inactive channel down to an empty call.
class ActiveChannel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const at = this._subscribers.indexOf(subscription);
    if (at === -1) return false;
    const next = this._subscribers.slice();
    next.splice(at, 1);
    this._subscribers = next;
    maybeDeactivate(this);
    return true;
  }

  bindStore(store, transform) {
    const next = new Map(this._stores);
    next.set(store, transform);
    this._stores = next;
  }

  unbindStore(store) {
    if (!this._stores.has(store)) return false;
    const next = new Map(this._stores);
    next.delete(store);
    this._stores = next;
    maybeDeactivate(this);
    return true;
  }

  get hasSubscribers() {
    return true;
  }

  publish(data) {
    const list = this._subscribers;
    for (let i = 0; i < list.length; i++) {
      try {
        list[i](data, this.name);
      } catch (err) {
        reportError(err);
      }
    }
  }

  runStores(data, fn, thisArg, ...args) {
    // Enter the stores one inside the other; publish and call fn innermost.
    const stores = [...this._stores];
    const enter = (i) => {
      if (i === stores.length) {
        this.publish(data);
        return Reflect.apply(fn, thisArg, args);
      }
      const [store, transform] = stores[i];
      let value = data;
      if (typeof transform === 'function') {
        try {
          value = transform(data);
        } catch (err) {
          reportError(err);
          return enter(i + 1);
        }
      }
      if (store === null || typeof store !== 'object' || typeof store.run !== 'function') return enter(i + 1);
      return store.run(value, () => enter(i + 1));
    };
    return enter(0);
  }
}
Object.setPrototypeOf(ActiveChannel.prototype, Channel.prototype);

function activate(channel) {
  channel._subscribers = [];
  channel._stores = new Map();
  Object.setPrototypeOf(channel, ActiveChannel.prototype);
  activeChannels.add(channel);
}

function maybeDeactivate(channel) {
  if (channel._subscribers.length > 0 || channel._stores.size > 0) return;
  channel._subscribers = undefined;
  channel._stores = undefined;
  Object.setPrototypeOf(channel, Channel.prototype);
  activeChannels.delete(channel);
}

function validateName(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
}

function existing(name) {
  return registry.get(name)?.deref();
}

function channel(name) {
  const found = existing(name);
  if (found !== undefined) return found;
  validateName(name);
  const made = new Channel(name);
  registry.set(name, new WeakRef(made));
  cleanup.register(made, name);
  return made;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  const found = existing(name);
  return found === undefined ? false : found.unsubscribe(subscription);
}

function hasSubscribers(name) {
  const found = existing(name);
  return found === undefined ? false : found.hasSubscribers;
}

// ---- TracingChannel -----------------------------------------------------------

const kEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const event of kEvents) define(this, event, channel(`tracing:${nameOrChannels}:${event}`));
    } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
      for (const event of kEvents) {
        const ch = nameOrChannels[event];
        // A missing channel fails as node's does, with the engine's plain
        // TypeError text rather than an ERR_INVALID_ARG_TYPE.
        if (ch === undefined || ch === null) throw new TypeError('Cannot convert undefined or null to object');
        if (!(ch instanceof Channel)) {
          throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, 'Channel', ch);
        }
        define(this, event, ch);
      }
    } else {
      throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'TracingChannel', 'Object'], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return this.start.hasSubscribers || this.end.hasSubscribers || this.asyncStart.hasSubscribers ||
      this.asyncEnd.hasSubscribers || this.error.hasSubscribers;
  }

  subscribe(handlers) {
    for (const event of kEvents) {
      if (handlers[event] !== undefined) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of kEvents) {
      if (handlers[event] !== undefined && !this[event].unsubscribe(handlers[event])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg = undefined, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    return traced(this, context, () => {
      const result = Reflect.apply(fn, thisArg, args);
      context.result = result;
      return result;
    });
  }

  tracePromise(fn, context = {}, thisArg = undefined, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const fulfilled = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    const rejected = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      throw err;
    };
    return traced(this, context, () => {
      let promise = Reflect.apply(fn, thisArg, args);
      if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
      return promise.then(fulfilled, rejected);
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg = undefined, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const at = position < 0 ? args.length + position : position;
    const callback = args[at];
    validateFunction(callback, 'callback');

    args[at] = function wrappedCallback(err, result) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = result;
      }
      return asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    };

    return traced(this, context, () => Reflect.apply(fn, thisArg, args));
  }
}

// The synchronous part every trace* shares: start (with stores) around the
// call, error if it throws, end in any case.
function traced(tracing, context, body) {
  const { start, end, error } = tracing;
  return start.runStores(context, () => {
    try {
      return body();
    } catch (err) {
      context.error = err;
      error.publish(context);
      throw err;
    } finally {
      end.publish(context);
    }
  });
}

function define(target, key, value) {
  Object.defineProperty(target, key, {
    __proto__: null, value, writable: false, enumerable: false, configurable: false,
  });
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
