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
//
// Speed: a trap costs a call per `ns.x`, while JSC reads through a Proxy
// that has no get trap as fast as from a plain object. So once no binding
// of a namespace can change any more (the loader tells: their modules ran
// and never reassign them; settleNamespace), the target gets every value
// and the handler keeps only the traps that refuse writes and definitions.

// Every namespace made -> { target, handler }: for
// util.types.isModuleNamespaceObject (and util.types.isProxy and
// util.inspect, which must not see a Proxy here).
const namespaces = new WeakMap();

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
  defineProperty(target, key, desc) {
    if (typeof key === 'symbol') return Reflect.defineProperty(target, key, desc);
    if (this.read[key] === undefined) return false;
    return changesNothing(desc, this.getOwnPropertyDescriptor(target, key).value);
  },
  deleteProperty(target, key) {
    if (typeof key === 'symbol') return Reflect.deleteProperty(target, key);
    return this.read[key] === undefined;
  },
};

// A settled namespace's: the target answers everything else (its
// properties cannot be deleted; it takes no new ones).
const settledTraps = {
  __proto__: null,
  set() {
    return false;
  },
  defineProperty(target, key, desc) {
    if (typeof key === 'symbol' || !(key in target)) return Reflect.defineProperty(target, key, desc);
    return changesNothing(desc, target[key]);
  },
};

// 10.4.6.6 [[DefineOwnProperty]] of an export whose value is `value`: only
// what would change nothing succeeds.
function changesNothing(desc, value) {
  if (desc.configurable === true || desc.enumerable === false || desc.writable === false ||
      'get' in desc || 'set' in desc) {
    return false;
  }
  return !('value' in desc) || Object.is(desc.value, value);
}

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
  const handler = { __proto__: traps, read: getters };
  const ns = new Proxy(target, handler);
  namespaces.set(ns, { target, handler });
  return ns;
}

// Copies the bindings' values into the target; false if one cannot be read.
function copyValues(target, read) {
  for (const name in read) {
    try {
      target[name] = read[name]();
    } catch {
      return false;
    }
  }
  return true;
}

// The bindings of `ns` will not change any more: reads go to the target.
// (Left live if a value cannot be read.)
function settleNamespace(ns) {
  const { target, handler } = namespaces.get(ns);
  if (copyValues(target, handler.read)) Object.setPrototypeOf(handler, settledTraps);
}

function isSettled(ns) {
  return Object.getPrototypeOf(namespaces.get(ns).handler) === settledTraps;
}

// A settled namespace whose bindings changed all the same (a builtin's,
// at module.syncBuiltinESMExports()) takes their values again.
function refreshNamespace(ns) {
  const { target, handler } = namespaces.get(ns);
  if (Object.getPrototypeOf(handler) === settledTraps && !copyValues(target, handler.read)) {
    Object.setPrototypeOf(handler, traps);
  }
}

module.exports = { makeNamespace, isNamespace, settleNamespace, isSettled, refreshNamespace };
