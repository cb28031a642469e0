'use strict';
// Module namespace objects as ECMA-262 (10.4.6) defines them: exotic
// objects whose exports look like data properties ({ value, writable: true,
// enumerable: true, configurable: false }) holding the bindings' current
// values, that cannot be written, deleted or extended, with a null
// prototype and a 'Module' @@toStringTag.
//
// JSC's C API has no such object, so a namespace is a Proxy. Its target
// is a non-extensible null-prototype object holding every export name as a
// writable, non-configurable data property (and the tag), which makes the
// engine's Proxy invariant checks agree with what the traps report:
// non-configurable properties that exist on the target, a target that is
// not extensible, and whose prototype (null) cannot change. Values are
// read from the bindings by the traps; the target's copy of a value is
// refreshed only when a descriptor is asked for (a writable property may
// change between two reports).
//
// Module code never reads its imports through a namespace (the loader
// hands them over as variables or scope getters); only `import * as ns`
// and import() results are these objects.

// Every namespace made, for util.types.isModuleNamespaceObject (and for
// util.types.isProxy and util.inspect, which must not see a Proxy here).
const namespaces = new WeakSet();

function isNamespace(value) {
  return namespaces.has(value);
}

// Whether `err` is a read of an uninitialised binding: JSC's own TDZ
// error (a module's binding read directly) or node's message, which the
// loader's getters of other bindings throw.
function isUninitialized(err) {
  if (!(err instanceof ReferenceError)) return false;
  const { message } = err;
  return message === 'Cannot access uninitialized variable.' ||
    (message.startsWith('Cannot access ') && message.endsWith(' before initialization'));
}

// Node's ReferenceError for a read of export `key` that threw `err`, when
// its binding is not initialised yet; else `err`.
function readError(err, key) {
  if (!isUninitialized(err)) return err;
  const tdz = new ReferenceError(`Cannot access '${key}' before initialization`);
  Error.captureStackTrace(tdz, traps.get);
  return tdz;
}

// The traps; each handler is an object inheriting them, with its own
// `read` (export name -> function giving the binding's value).
const traps = {
  __proto__: null,
  get(target, key) {
    const read = this.read[key];
    if (read === undefined) return typeof key === 'symbol' ? target[key] : undefined;
    // (The try here, not in a helper: `ns.x` is this trap's hot path.)
    try {
      return read();
    } catch (err) {
      throw readError(err, key);
    }
  },
  set() {
    return false;
  },
  getOwnPropertyDescriptor(target, key) {
    const read = this.read[key];
    if (read !== undefined) {
      let value;
      try {
        value = read();
      } catch (err) {
        // V8's message for a descriptor of an uninitialised binding.
        if (isUninitialized(err)) throw new ReferenceError(`${key} is not defined`);
        throw err;
      }
      target[key] = value;
      return { value, writable: true, enumerable: true, configurable: false };
    }
    return Reflect.getOwnPropertyDescriptor(target, key);
  },
  // 10.4.6.6 [[DefineOwnProperty]]: only what would change nothing succeeds.
  defineProperty(target, key, desc) {
    if (typeof key === 'symbol') return Reflect.defineProperty(target, key, desc);
    if (this.read[key] === undefined) return false;
    const current = this.getOwnPropertyDescriptor(target, key);
    if (desc.configurable === true || desc.enumerable === false || desc.writable === false ||
        'get' in desc || 'set' in desc) {
      return false;
    }
    return !('value' in desc) || Object.is(desc.value, current.value);
  },
  deleteProperty(target, key) {
    if (typeof key === 'symbol') return Reflect.deleteProperty(target, key);
    return this.read[key] === undefined;
  },
};

// A namespace of the export `names` (sorted by code unit; the target, like
// node's namespaces, lists array-index names first); read[name]()
// gives a binding's current value or throws a TDZ ReferenceError.
function makeNamespace(names, read) {
  const target = { __proto__: null };
  const getters = { __proto__: null };
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    Object.defineProperty(target, name, { __proto__: null, value: undefined, writable: true, enumerable: true });
    getters[name] = read[name];
  }
  Object.defineProperty(target, Symbol.toStringTag, { __proto__: null, value: 'Module' });
  Object.preventExtensions(target);
  const ns = new Proxy(target, { __proto__: traps, read: getters });
  namespaces.add(ns);
  return ns;
}

module.exports = { makeNamespace, isNamespace };
