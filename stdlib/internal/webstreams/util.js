'use strict';
// Pieces shared by the WHATWG stream classes (internal/webstreams/*):
// deferred promises, the queue-with-sizes of the Streams spec, reading a
// queuing strategy, and the errors the classes throw.

const { codes } = require('internal/errors');

function noop() {}

// A promise with its resolving functions; `pending` lets a later step tell a
// pending promise from a settled one that must be replaced instead. A class
// with methods, so that each one costs a single closure (the executor).
class Deferred {
  constructor() {
    this.pending = true;
    this.settle = undefined;
    this.fail = undefined;
    this.promise = new Promise((res, rej) => {
      this.settle = res;
      this.fail = rej;
    });
  }

  resolve(value) {
    this.pending = false;
    this.settle(value);
  }

  reject(reason) {
    this.pending = false;
    this.fail(reason);
  }
}

function deferred() {
  return new Deferred();
}

// An already settled "deferred" (for a closed/ready promise born settled).
function settledDeferred(ok, value) {
  const promise = ok ? Promise.resolve(value) : Promise.reject(value);
  if (!ok) promise.then(undefined, noop);
  return { promise, resolve: noop, reject: noop, pending: false };
}

function resolved(value) {
  return Promise.resolve(value);
}

function rejected(reason) {
  return Promise.reject(reason);
}

// Spec "set promise.[[PromiseIsHandled]] to true".
function markHandled(promise) {
  promise.then(undefined, noop);
  return promise;
}

// Spec "upon settlement": a reaction that never leaves a rejection unhandled.
function onSettle(promise, onFulfilled, onRejected) {
  promise.then(onFulfilled, onRejected);
}

// Calls an optional method of an underlying source/sink/transformer and
// turns its result (or throw) into a promise, as WebIDL promise-returning
// callbacks do.
function callToPromise(method, target, arg) {
  try {
    return resolved(method.call(target, arg));
  } catch (err) {
    return rejected(err);
  }
}

function callWithoutArgs(method, target) {
  try {
    return resolved(method.call(target));
  } catch (err) {
    return rejected(err);
  }
}

function callToPromise2(method, target, arg1, arg2) {
  try {
    return resolved(method.call(target, arg1, arg2));
  } catch (err) {
    return rejected(err);
  }
}

// Reads a callback member of a dictionary argument, checking its type.
function optionalFunction(dict, key, dictName) {
  const fn = dict[key];
  if (fn !== undefined && typeof fn !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE(`${dictName}.${key}`, 'Function', fn);
  }
  return fn;
}

function invalidState(text) {
  return new codes.ERR_INVALID_STATE.TypeError(text);
}

function invalidThis(type) {
  return new codes.ERR_INVALID_THIS(type);
}

// ---- stream.finished() on a web stream ------------------------------------------
// `S` is a stream's slots; callbacks run (on the next tick) once it closes or
// errors, with the error if any.

function watchSlots(S, done, fn) {
  if (done) {
    process.nextTick(fn, S.state === 'errored' ? S.storedError : undefined);
    return;
  }
  (S.watchers ??= []).push(fn);
}

function notifyWatchers(S, error) {
  const watchers = S.watchers;
  if (watchers === undefined) return;
  S.watchers = undefined;
  for (const fn of watchers) process.nextTick(fn, error);
}

// ---- queue with sizes -----------------------------------------------------------
// `holder` has `queue` (array of {value, size}) and `queueTotalSize`.

function enqueueWithSize(holder, value, size) {
  if (typeof size !== 'number' || size < 0 || size !== size || size === Infinity) {
    throw new codes.ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  holder.queue.push({ value, size });
  holder.queueTotalSize += size;
}

function dequeueValue(holder) {
  const entry = holder.queue.shift();
  holder.queueTotalSize -= entry.size;
  // Rounding can leave a tiny negative total once the queue is empty.
  if (holder.queueTotalSize < 0) holder.queueTotalSize = 0;
  return entry.value;
}

function resetQueue(holder) {
  holder.queue = [];
  holder.queueTotalSize = 0;
}

// ---- queuing strategies -----------------------------------------------------------

function checkStrategy(strategy, name = 'strategy') {
  if (strategy === undefined || strategy === null) return {};
  if (typeof strategy !== 'object' && typeof strategy !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', strategy);
  }
  return strategy;
}

function highWaterMarkOf(strategy, fallback) {
  const raw = strategy.highWaterMark;
  if (raw === undefined) return fallback;
  const hwm = Number(raw);
  if (hwm !== hwm || hwm < 0) throw new codes.ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', raw);
  return hwm;
}

function sizeOf(strategy) {
  const size = strategy.size;
  if (size === undefined) return countOne;
  if (typeof size !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return (chunk) => size(chunk);
}

function countOne() {
  return 1;
}

// ---- ArrayBuffer helpers -----------------------------------------------------------

function isDetached(buffer) {
  return buffer.detached === true;
}

// Spec TransferArrayBuffer: the bytes move to a new ArrayBuffer and the old
// one is detached, so the caller can no longer touch memory the stream owns.
function transferBuffer(buffer) {
  return buffer.transfer();
}

function cloneAsUint8Array(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

// ---- inspection ------------------------------------------------------------------

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// util.inspect of a stream object: its class name and the given fields.
function inspectFields(self, name, fields, depth, options) {
  if (typeof depth === 'number' && depth < 0) return self;
  const { inspect } = require('internal/util/inspect');
  const body = inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 });
  return `${name} ${body}`;
}

// Makes the named prototype members enumerable and adds Symbol.toStringTag,
// as WebIDL interfaces have them.
function webIdlClass(cls, name, members) {
  for (const key of members) {
    Object.defineProperty(cls.prototype, key, { __proto__: null, enumerable: true });
  }
  Object.defineProperty(cls.prototype, Symbol.toStringTag, {
    __proto__: null, value: name, configurable: true,
  });
}

module.exports = {
  kInspect,
  noop,
  Deferred,
  deferred,
  settledDeferred,
  resolved,
  rejected,
  markHandled,
  onSettle,
  callToPromise,
  callToPromise2,
  callWithoutArgs,
  optionalFunction,
  invalidState,
  invalidThis,
  watchSlots,
  notifyWatchers,
  enqueueWithSize,
  dequeueValue,
  resetQueue,
  checkStrategy,
  highWaterMarkOf,
  sizeOf,
  isDetached,
  transferBuffer,
  cloneAsUint8Array,
  inspectFields,
  webIdlClass,
  codes,
};
