'use strict';
// structuredClone(value, { transfer }): the HTML structured clone algorithm
// as Node 24 applies it, written in JS over the brand checks of
// internal/util/types. The copy is built in one walk; everything that can
// fail (getters, uncloneable values) fails before any buffer of the
// transfer list is detached, since detaching happens only once the copy is
// complete.
//
// Platform objects of Jolt's own (Blob, File) take part through a method
// under `kClone` that returns their copy; DOMException is recognised by its
// brand-checked accessors. Objects with a method under `kTransfer` (a
// transferable AbortSignal) may only be cloned when the transfer list
// names them; the method returns the receiving side's object.

const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
const types = require('internal/util/types');
const { untransferable } = require('internal/util');

const kClone = Symbol('kClone');
const kTransfer = Symbol('kTransfer');

const ObjectProtoToString = Object.prototype.toString;
const FunctionProtoToString = Function.prototype.toString;
const getOwnDesc = Object.getOwnPropertyDescriptor;
const hasOwn = Object.prototype.hasOwnProperty;
const arrayBufferSlice = ArrayBuffer.prototype.slice;
const arrayBufferTransfer = ArrayBuffer.prototype.transfer;
const detachedGetter = getOwnDesc(ArrayBuffer.prototype, 'detached').get;
const resizableGetter = getOwnDesc(ArrayBuffer.prototype, 'resizable').get;
const maxByteLengthGetter = getOwnDesc(ArrayBuffer.prototype, 'maxByteLength').get;
const byteLengthGetter = getOwnDesc(ArrayBuffer.prototype, 'byteLength').get;
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getOwnDesc(TypedArrayProto, Symbol.toStringTag).get;
const typedArrayBuffer = getOwnDesc(TypedArrayProto, 'buffer').get;
const typedArrayOffset = getOwnDesc(TypedArrayProto, 'byteOffset').get;
const typedArrayLength = getOwnDesc(TypedArrayProto, 'length').get;
const dataViewBuffer = getOwnDesc(DataView.prototype, 'buffer').get;
const dataViewOffset = getOwnDesc(DataView.prototype, 'byteOffset').get;
const dataViewLength = getOwnDesc(DataView.prototype, 'byteLength').get;
const dateTime = Date.prototype.getTime;
const regexpSource = getOwnDesc(RegExp.prototype, 'source').get;
const regexpFlags = getOwnDesc(RegExp.prototype, 'flags').get;
const mapEntries = Map.prototype.entries;
const setValues = Set.prototype.values;
const mapSet = Map.prototype.set;
const setAdd = Set.prototype.add;
const IteratorProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

// The error constructors a clone keeps (by the source's `name`); any other
// name gives a plain Error.
const kErrorCtors = {
  __proto__: null,
  EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

let DOMException;
let domNameGetter;
let domMessageGetter;
function loadDOMException() {
  if (DOMException === undefined) {
    DOMException = require('internal/dom_exception').DOMException;
    domNameGetter = getOwnDesc(DOMException.prototype, 'name').get;
    domMessageGetter = getOwnDesc(DOMException.prototype, 'message').get;
  }
  return DOMException;
}

function dataCloneError(message) {
  const Ctor = loadDOMException();
  return new Ctor(message, 'DataCloneError');
}

let proxyDetails;
function proxyTarget(value) {
  if (proxyDetails === undefined) proxyDetails = internalBinding('util').getProxyDetails;
  const details = proxyDetails(value);
  return details === undefined ? undefined : details[0];
}

// A property found on the prototype chain without running getters or traps.
function dataProperty(object, key) {
  let o = object;
  for (let depth = 0; o !== null && depth < 1000; depth++) {
    if (types.isProxy(o)) return undefined;
    const desc = getOwnDesc(o, key);
    if (desc !== undefined) return desc.value;
    o = Object.getPrototypeOf(o);
  }
  return undefined;
}

// How V8 names a value in "X could not be cloned.": source text for
// functions, "#<Ctor>" for objects using Object.prototype.toString,
// "[object Tag]" for the others.
function describe(value) {
  if (typeof value === 'symbol') return String(value);
  if (typeof value === 'function') {
    const target = proxyTarget(value);
    return FunctionProtoToString.call(target === undefined ? value : target);
  }
  const target = proxyTarget(value);
  if (target !== undefined) return describe(target);
  if (dataProperty(value, 'toString') === ObjectProtoToString) {
    const ctor = dataProperty(value, 'constructor');
    if (typeof ctor === 'function') {
      const desc = getOwnDesc(ctor, 'name');
      if (desc !== undefined && typeof desc.value === 'string' && desc.value !== '') return `#<${desc.value}>`;
    }
  }
  try {
    return ObjectProtoToString.call(value);
  } catch {
    return '[object Object]';
  }
}

function uncloneable(value) {
  return dataCloneError(`${describe(value)} could not be cloned.`);
}

// Built-in objects with internal state the algorithm does not know.
function isIteratorObject(value) {
  if (!IteratorProto.isPrototypeOf(value)) return false;
  const tag = ObjectProtoToString.call(value);
  return tag.endsWith(' Iterator]') || tag === '[object Iterator Helper]';
}

function probe(method, value, ...args) {
  try {
    method.call(value, ...args);
    return true;
  } catch {
    return false;
  }
}

const weakRefDeref = typeof WeakRef === 'function' ? WeakRef.prototype.deref : undefined;
const registryUnregister = typeof FinalizationRegistry === 'function' ?
  FinalizationRegistry.prototype.unregister : undefined;

function intlResolved() {
  const list = [];
  if (typeof Intl !== 'object') return list;
  for (const name of Object.getOwnPropertyNames(Intl)) {
    const ctor = Intl[name];
    if (typeof ctor !== 'function' || ctor.prototype === undefined) continue;
    const desc = getOwnDesc(ctor.prototype, 'resolvedOptions') || getOwnDesc(ctor.prototype, 'baseName');
    if (desc === undefined) continue;
    list.push(desc.value || desc.get);
  }
  return list;
}
let intlProbes;

function isOpaqueBuiltin(value) {
  if (value === globalThis) return true;
  if (types.isPromise(value) || types.isWeakMap(value) || types.isWeakSet(value) ||
      types.isGeneratorObject(value) || types.isArgumentsObject(value) ||
      types.isModuleNamespaceObject(value) || types.isSymbolObject(value) || isIteratorObject(value)) {
    return true;
  }
  if (weakRefDeref !== undefined && probe(weakRefDeref, value)) return true;
  if (registryUnregister !== undefined && probe(registryUnregister, value, {})) return true;
  if (intlProbes === undefined) intlProbes = intlResolved();
  for (let i = 0; i < intlProbes.length; i++) {
    if (probe(intlProbes[i], value)) return true;
  }
  return false;
}

// URL and URLSearchParams are platform objects Node refuses to clone.
function isURLObject(value) {
  const { URL, URLSearchParams } = require('internal/url');
  return probe(Object.getOwnPropertyDescriptor(URL.prototype, 'href').get, value) ||
    probe(URLSearchParams.prototype.toString, value);
}

function isDetached(buffer) {
  return detachedGetter.call(buffer);
}

function copyArrayBuffer(buffer) {
  if (isDetached(buffer)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
  if (resizableGetter.call(buffer)) {
    const length = byteLengthGetter.call(buffer);
    const copy = new ArrayBuffer(length, { maxByteLength: maxByteLengthGetter.call(buffer) });
    new Uint8Array(copy).set(new Uint8Array(buffer, 0, length));
    return copy;
  }
  return arrayBufferSlice.call(buffer, 0);
}

function isDOMException(value) {
  loadDOMException();
  return probe(domNameGetter, value);
}

class Cloner {
  constructor(transfer) {
    // source object -> its copy, for shared references and cycles.
    this.memory = new Map();
    this.transfer = transfer;
  }

  clone(value) {
    if (value === null) return value;
    const type = typeof value;
    if (type === 'symbol') throw uncloneable(value);
    if (type !== 'object' && type !== 'function') return value;
    const seen = this.memory.get(value);
    if (seen !== undefined) return seen;
    if (type === 'function' || types.isProxy(value)) throw uncloneable(value);
    return this.cloneObject(value);
  }

  remember(source, copy) {
    this.memory.set(source, copy);
    return copy;
  }

  // Most values are recognised from their built-in tag: without a
  // Symbol.toStringTag the tag is the engine's own and proves the kind;
  // with one, a single brand check that succeeds confirms it. Probing
  // every kind (each failed brand check costs a thrown exception) is left
  // for values whose tag proves nothing.
  cloneObject(value) {
    if (!(Symbol.toStringTag in value)) {
      switch (ObjectProtoToString.call(value)) {
        case '[object Object]': return this.clonePlain(value);
        case '[object Array]': return this.cloneArray(value);
        case '[object Error]': return this.cloneError(value);
        case '[object Date]': return this.remember(value, new Date(dateTime.call(value)));
        case '[object RegExp]': return this.cloneRegExp(value);
        case '[object Boolean]':
        case '[object Number]':
        case '[object String]': return this.remember(value, Object(value.valueOf()));
        case '[object Arguments]': throw uncloneable(value);
        default: return this.cloneByProbing(value);
      }
    }
    const tag = ObjectProtoToString.call(value);
    switch (tag) {
      case '[object Map]': if (types.isMap(value)) return this.cloneMap(value); break;
      case '[object Set]': if (types.isSet(value)) return this.cloneSet(value); break;
      case '[object ArrayBuffer]':
        if (types.isArrayBuffer(value)) return this.remember(value, copyArrayBuffer(value));
        break;
      case '[object DataView]': if (types.isDataView(value)) return this.cloneView(value); break;
      case '[object BigInt]':
        if (types.isBigIntObject(value)) return this.remember(value, Object(value.valueOf()));
        break;
      case '[object URL]':
      case '[object URLSearchParams]':
        if (isURLObject(value)) throw dataCloneError('Cannot clone object of unsupported type.');
        break;
      default:
        if (typedArrayTag.call(value) !== undefined) return this.cloneView(value);
    }
    return this.cloneByProbing(value);
  }

  cloneRegExp(value) {
    return this.remember(value, new RegExp(regexpSource.call(value), regexpFlags.call(value)));
  }

  cloneByProbing(value) {
    if (types.isBoxedPrimitive(value)) {
      if (types.isSymbolObject(value)) throw uncloneable(value);
      return this.remember(value, Object(value.valueOf()));
    }
    if (types.isDate(value)) return this.remember(value, new Date(dateTime.call(value)));
    if (types.isRegExp(value)) return this.cloneRegExp(value);
    if (types.isArrayBuffer(value)) return this.remember(value, copyArrayBuffer(value));
    if (types.isSharedArrayBuffer(value)) return this.remember(value, value);
    if (ArrayBuffer.isView(value)) return this.cloneView(value);
    if (types.isMap(value)) return this.cloneMap(value);
    if (types.isSet(value)) return this.cloneSet(value);
    if (Array.isArray(value)) return this.cloneArray(value);
    if (types.isNativeError(value)) return this.cloneError(value);
    if (isDOMException(value)) return this.cloneDOMException(value);
    const move = value[kTransfer];
    if (typeof move === 'function') {
      if (!this.transfer.includes(value)) {
        throw dataCloneError('Object that needs transfer was found in message but not listed in transferList');
      }
      return this.remember(value, move.call(value));
    }
    const method = value[kClone];
    if (typeof method === 'function') return this.remember(value, method.call(value));
    if (isOpaqueBuiltin(value)) throw uncloneable(value);
    return this.clonePlain(value);
  }

  clonePlain(value) {
    const copy = this.remember(value, {});
    this.copyProperties(value, copy);
    return copy;
  }

  // Own enumerable string keys, read (getters run) in order; a key deleted
  // by an earlier getter is skipped.
  copyProperties(source, target) {
    const keys = Object.keys(source);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (!hasOwn.call(source, key)) continue;
      const v = this.clone(source[key]);
      Object.defineProperty(target, key, {
        __proto__: null, value: v, writable: true, enumerable: true, configurable: true,
      });
    }
  }

  cloneArray(value) {
    const copy = this.remember(value, new Array(value.length));
    this.copyProperties(value, copy);
    return copy;
  }

  cloneMap(value) {
    const copy = this.remember(value, new Map());
    const entries = [...mapEntries.call(value)];
    for (let i = 0; i < entries.length; i++) {
      const key = this.clone(entries[i][0]);
      mapSet.call(copy, key, this.clone(entries[i][1]));
    }
    return copy;
  }

  cloneSet(value) {
    const copy = this.remember(value, new Set());
    const items = [...setValues.call(value)];
    for (let i = 0; i < items.length; i++) setAdd.call(copy, this.clone(items[i]));
    return copy;
  }

  cloneView(value) {
    const kind = typedArrayTag.call(value);
    if (kind === undefined) {
      const buffer = this.clone(dataViewBuffer.call(value));
      return this.remember(value, new DataView(buffer, dataViewOffset.call(value), dataViewLength.call(value)));
    }
    const source = typedArrayBuffer.call(value);
    if (isDetached(source)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    const buffer = this.clone(source);
    const Ctor = globalThis[kind];
    return this.remember(value, new Ctor(buffer, typedArrayOffset.call(value), typedArrayLength.call(value)));
  }

  cloneError(value) {
    const name = value.name;
    const Ctor = kErrorCtors[name === undefined ? 'Error' : `${name}`] || Error;
    // The fresh error's own stack would be thrown away: skip capturing it.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let fresh;
    try {
      fresh = new Ctor();
    } finally {
      Error.stackTraceLimit = limit;
    }
    const copy = this.remember(value, fresh);
    // Drop what the engine put on the fresh error; the copy carries only
    // the source's stack, message and cause.
    for (const key of Object.getOwnPropertyNames(copy)) delete copy[key];
    const hidden = (key, v) => Object.defineProperty(copy, key, {
      __proto__: null, value: v, writable: true, enumerable: false, configurable: true,
    });
    const stack = value.stack;
    if (typeof stack === 'string') hidden('stack', stack);
    const message = getOwnDesc(value, 'message');
    if (message !== undefined && 'value' in message) hidden('message', `${message.value}`);
    if (hasOwn.call(value, 'cause')) hidden('cause', this.clone(value.cause));
    return copy;
  }

  cloneDOMException(value) {
    const Ctor = loadDOMException();
    const copy = this.remember(value, new Ctor(domMessageGetter.call(value), domNameGetter.call(value)));
    const stack = value.stack;
    Object.defineProperty(copy, 'stack', {
      __proto__: null, value: stack, writable: true, enumerable: false, configurable: true,
    });
    return copy;
  }
}

// WebIDL conversion failures: a plain TypeError with Node's code.
function optionsError(text) {
  const err = new TypeError(`Failed to execute 'structuredClone': ${text}`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// The ArrayBuffers of options.transfer, checked as WebIDL and V8 check them.
function transferList(options) {
  if (options === undefined || options === null) return [];
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw optionsError(`Options cannot be converted to a dictionary`);
  }
  const transfer = options.transfer;
  if (transfer === undefined) return [];
  if (transfer === null || typeof transfer !== 'object' || typeof transfer[Symbol.iterator] !== 'function') {
    throw optionsError(`transfer in Options cannot be converted to sequence.`);
  }
  const list = [...transfer];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item === null || (typeof item !== 'object' && typeof item !== 'function')) {
      throw optionsError(`transfer in Options[${i}] is not an object.`);
    }
  }
  const seen = new Set();
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item[kTransfer] === 'function' && !types.isArrayBuffer(item)) continue;
    if (!types.isArrayBuffer(item)) throw dataCloneError('Found invalid value in transferList.');
    if (seen.has(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
    if (isDetached(item) || untransferable.has(item)) {
      throw dataCloneError('Cannot transfer object of unsupported type.');
    }
    seen.add(item);
  }
  return list;
}

function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('The value argument must be specified');
  const transfer = transferList(options);
  const result = new Cloner(transfer).clone(value);
  // The copy holds copies of the transferred buffers; the originals are
  // detached now that nothing can fail any more.
  for (let i = 0; i < transfer.length; i++) {
    if (types.isArrayBuffer(transfer[i])) arrayBufferTransfer.call(transfer[i]);
  }
  return result;
}

module.exports = { structuredClone, kClone, kTransfer };
