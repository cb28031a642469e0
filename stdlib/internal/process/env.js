'use strict';
// process.env: an object whose properties are the C environment. Node
// implements it with property interceptors; here it is a Proxy over the
// native getenv/setenv/unsetenv, with every variable an own, enumerable,
// writable string property and everything else inherited from
// Object.prototype. util.inspect formats it as a plain object.

const env = internalBinding('env');

function defineError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_OBJECT_DEFINE_PROPERTY';
  return err;
}

function createEnv() {
  const target = {};
  const handler = {
    __proto__: null,
    get(t, key, receiver) {
      if (typeof key === 'string') {
        const value = env.get(key);
        if (value !== undefined) return value;
      }
      return Reflect.get(t, key, receiver);
    },
    set(t, key, value) {
      if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      env.set(key, `${value}`);
      return true;
    },
    has(t, key) {
      return (typeof key === 'string' && env.get(key) !== undefined) || key in t;
    },
    deleteProperty(t, key) {
      if (typeof key === 'string') env.unset(key);
      return true;
    },
    ownKeys() {
      return env.keys();
    },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key !== 'string') return undefined;
      const value = env.get(key);
      if (value === undefined) return undefined;
      return { value, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(t, key, desc) {
      if (typeof key === 'symbol') return false;
      if ('get' in desc || 'set' in desc) {
        throw defineError('\'process.env\' does not accept an accessor(getter/setter) descriptor');
      }
      if (!desc.configurable || !desc.writable || !desc.enumerable) {
        throw defineError('\'process.env\' only accepts a configurable, writable, and enumerable data descriptor');
      }
      env.set(key, `${desc.value}`);
      return true;
    },
  };
  const proxy = new Proxy(target, handler);
  // util.inspect looks through proxies to their target; this one it must
  // format through its traps, as the plain object it stands for.
  internalBinding('util').markTransparentProxy(proxy);
  return proxy;
}

module.exports = { createEnv };
