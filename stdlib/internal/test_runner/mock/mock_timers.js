'use strict';
// mock.timers: setTimeout, setInterval, setImmediate and Date on a clock
// that only moves when the test calls tick() or runAll().

const { codes } = require('internal/errors');
const { ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE } = codes;
const { validateArray, validateNumber, validateObject } = require('internal/validators');

const kSupported = ['setInterval', 'setTimeout', 'setImmediate', 'Date', 'scheduler.wait'];
const kTimerNames = {
  __proto__: null,
  setTimeout: ['setTimeout', 'clearTimeout'],
  setInterval: ['setInterval', 'clearInterval'],
  setImmediate: ['setImmediate', 'clearImmediate'],
};

class MockTimer {
  constructor(clock, id, callback, delay, args, repeat) {
    this.clock = clock;
    this.id = id;
    this.callback = callback;
    this.delay = delay;
    this.args = args;
    this.repeat = repeat;
    this.runAt = clock.now + delay;
    this.refed = true;
  }

  ref() { this.refed = true; return this; }
  unref() { this.refed = false; return this; }
  hasRef() { return this.refed; }
  refresh() { this.runAt = this.clock.now + this.delay; return this; }
  close() { this.clock.timers.delete(this.id); return this; }
  [Symbol.toPrimitive]() { return this.id; }
}

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal.reason });
}

function delayOf(ms) {
  ms = Number(ms);
  return ms >= 1 && ms <= 2147483647 ? Math.trunc(ms) : 1;
}

class MockTimers {
  #enabled = false;
  #saved = new Map();
  #nextId = 1;
  now = 0;
  timers = new Map();

  #schedule(callback, delay, args, repeat) {
    if (typeof callback !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    const timer = new MockTimer(this, this.#nextId++, callback, delay, args, repeat);
    this.timers.set(timer.id, timer);
    return timer;
  }

  #clear(timer) {
    if (timer === undefined || timer === null) return;
    const id = typeof timer === 'object' ? timer.id : Number(timer);
    this.timers.delete(id);
  }

  // A promise settled by a mock timer, for node:timers/promises.
  #promiseAfter(delay, value, options) {
    const signal = options?.signal;
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      const timer = this.#schedule(() => resolve(value), delay, [], false);
      signal?.addEventListener?.('abort', () => {
        this.#clear(timer);
        reject(abortError(signal));
      }, { once: true });
    });
  }

  #replacements() {
    const self = this;
    return {
      __proto__: null,
      promisesSetTimeout(ms, value, options) { return self.#promiseAfter(delayOf(ms), value, options); },
      promisesSetImmediate(value, options) { return self.#promiseAfter(0, value, options); },
      schedulerWait(ms, options) { return self.#promiseAfter(delayOf(ms), undefined, options); },
      setTimeout(cb, ms, ...args) { return self.#schedule(cb, delayOf(ms), args, false); },
      setInterval(cb, ms, ...args) { return self.#schedule(cb, delayOf(ms), args, true); },
      setImmediate(cb, ...args) { return self.#schedule(cb, 0, args, false); },
      clearTimeout(t) { self.#clear(t); },
      clearInterval(t) { self.#clear(t); },
      clearImmediate(t) { self.#clear(t); },
    };
  }

  #mockDate(RealDate) {
    const clock = this;
    function MockDate(...args) {
      if (!new.target) return new RealDate(clock.now).toString();
      return args.length === 0 ? Reflect.construct(RealDate, [clock.now], new.target) :
        Reflect.construct(RealDate, args, new.target);
    }
    Object.setPrototypeOf(MockDate, RealDate);
    MockDate.prototype = RealDate.prototype;
    MockDate.now = function now() { return clock.now; };
    return MockDate;
  }

  enable(options = {}) {
    if (this.#enabled) throw new ERR_INVALID_STATE('MockTimers is already enabled!');
    validateObject(options, 'options');
    const { apis = kSupported, now = 0 } = options;
    validateArray(apis, 'options.apis');
    for (const api of apis) {
      if (!kSupported.includes(api)) {
        throw new ERR_INVALID_ARG_VALUE('options.apis', api, `option ${api} is not supported`);
      }
    }
    let start = now;
    if (start instanceof Date) start = start.getTime();
    if (typeof start !== 'number' || !(start >= 0)) throw new ERR_INVALID_ARG_VALUE('time', 'positive integer', start);
    this.now = start;
    this.#enabled = true;
    const timersModule = require('timers');
    const promises = require('timers/promises');
    const replacements = this.#replacements();
    const replace = (target, name, value) => {
      this.#save(target, name);
      Object.defineProperty(target, name, { value, writable: true, configurable: true });
    };
    for (const api of apis) {
      if (api === 'scheduler.wait') {
        replace(promises.scheduler, 'wait', replacements.schedulerWait);
        continue;
      }
      if (api === 'setTimeout') replace(promises, 'setTimeout', replacements.promisesSetTimeout);
      if (api === 'setImmediate') replace(promises, 'setImmediate', replacements.promisesSetImmediate);
      if (api === 'Date') {
        replace(globalThis, 'Date', this.#mockDate(globalThis.Date));
        continue;
      }
      for (const name of kTimerNames[api]) {
        replace(globalThis, name, replacements[name]);
        replace(timersModule, name, replacements[name]);
      }
    }
  }

  #save(target, name) {
    let list = this.#saved.get(target);
    if (list === undefined) this.#saved.set(target, list = []);
    list.push([name, Object.getOwnPropertyDescriptor(target, name)]);
  }

  #checkEnabled() {
    if (!this.#enabled) {
      throw new ERR_INVALID_STATE('You should enable MockTimers first by calling the .enable function');
    }
  }

  // Runs, in time order, every timer due up to now + ms.
  tick(ms = 1) {
    this.#checkEnabled();
    if (typeof ms !== 'number' || ms < 0) throw new ERR_INVALID_ARG_VALUE('time', 'positive integer', ms);
    // The clock moves first: callbacks see the new time, and a timer they
    // schedule is due after it.
    const target = this.now + ms;
    this.now = target;
    for (;;) {
      let next;
      for (const t of this.timers.values()) {
        if (t.runAt <= target && (next === undefined || t.runAt < next.runAt)) next = t;
      }
      if (next === undefined) break;
      if (next.repeat) next.runAt += next.delay;
      else this.timers.delete(next.id);
      Reflect.apply(next.callback, undefined, next.args);
    }
  }

  // Runs every pending timer (intervals once each round), moving the clock.
  runAll() {
    this.#checkEnabled();
    let latest = this.now;
    for (const t of this.timers.values()) latest = Math.max(latest, t.runAt);
    this.tick(latest - this.now);
  }

  setTime(time = 0) {
    validateNumber(time, 'time', 0);
    this.#checkEnabled();
    this.now = time;
  }

  reset() {
    if (!this.#enabled) return;
    this.#enabled = false;
    for (const [target, list] of this.#saved) {
      for (const [name, descriptor] of list.reverse()) {
        if (descriptor === undefined) delete target[name];
        else Object.defineProperty(target, name, descriptor);
      }
    }
    this.#saved.clear();
    this.timers.clear();
    this.now = 0;
  }

}

// `using` support where the engine has Symbol.dispose.
if (typeof Symbol.dispose === 'symbol') {
  MockTimer.prototype[Symbol.dispose] = function dispose() { this.close(); };
  MockTimers.prototype[Symbol.dispose] = function dispose() { this.reset(); };
}

module.exports = { MockTimers };
