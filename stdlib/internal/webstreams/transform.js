'use strict';
// WHATWG TransformStream (https://streams.spec.whatwg.org/#ts-class): a
// writable side whose chunks go through transform() into a readable side.
// "T" is a transform stream's slots, "C" its controller's.

const {
  kInspect, noop, deferred, resolved, rejected, onSettle, callToPromise, callToPromise2, optionalFunction, invalidState,
  invalidThis, checkStrategy, highWaterMarkOf, sizeOf, inspectFields, webIdlClass, codes,
} = require('internal/webstreams/util');
const readableApi = require('internal/webstreams/readable');
const writableApi = require('internal/webstreams/writable');

const RS = readableApi.internals;
const WS = writableApi.internals;
const kInternal = Symbol('kInternal');

let streamSlots;
let controllerSlots;

function thisStream(self) {
  const T = streamSlots(self);
  if (T === undefined) throw invalidThis('TransformStream');
  return T;
}

class TransformStream {
  #s;

  static {
    streamSlots = (o) => (o !== null && typeof o === 'object' && #s in o ? o.#s : undefined);
  }

  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    if (transformer === undefined || transformer === null) transformer = {};
    else if (typeof transformer !== 'object' && typeof transformer !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
    }
    writableStrategy = checkStrategy(writableStrategy, 'writableStrategy');
    readableStrategy = checkStrategy(readableStrategy, 'readableStrategy');
    // WebIDL reads dictionary members in name order.
    const cancel = optionalFunction(transformer, 'cancel', 'transformer');
    const flush = optionalFunction(transformer, 'flush', 'transformer');
    const readableType = transformer.readableType;
    const start = optionalFunction(transformer, 'start', 'transformer');
    const transform = optionalFunction(transformer, 'transform', 'transformer');
    const writableType = transformer.writableType;
    if (readableType !== undefined) {
      throw new codes.ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', readableType);
    }
    if (writableType !== undefined) {
      throw new codes.ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', writableType);
    }
    const readableHwm = highWaterMarkOf(readableStrategy, 0);
    const readableSize = sizeOf(readableStrategy);
    const writableHwm = highWaterMarkOf(writableStrategy, 1);
    const writableSize = sizeOf(writableStrategy);
    const startDone = deferred();
    const T = { obj: this, readable: undefined, writable: undefined, backpressure: undefined,
      backpressureChange: undefined, controller: undefined };
    this.#s = T;
    initialize(T, startDone.promise, writableHwm, writableSize, readableHwm, readableSize);
    const C = setUpController(T,
      transform === undefined ? (chunk) => enqueueOrReject(C, chunk) : (chunk) =>
        callToPromise2(transform, transformer, chunk, C.obj),
      flush === undefined ? () => resolved(undefined) : () => callToPromise(flush, transformer, C.obj),
      cancel === undefined ? () => resolved(undefined) : (reason) => callToPromise(cancel, transformer, reason));
    startDone.resolve(start === undefined ? undefined : start.call(transformer, C.obj));
  }

  get readable() {
    return thisStream(this).readable.obj;
  }

  get writable() {
    return thisStream(this).writable.obj;
  }

  [kInspect](depth, options) {
    const T = thisStream(this);
    return inspectFields(this, 'TransformStream', {
      readable: T.readable?.obj, writable: T.writable?.obj, backpressure: T.backpressure,
    }, depth, options);
  }
}
webIdlClass(TransformStream, 'TransformStream', ['readable', 'writable']);

function enqueueOrReject(C, chunk) {
  try {
    controllerEnqueue(C, chunk);
    return resolved(undefined);
  } catch (err) {
    return rejected(err);
  }
}

// Spec InitializeTransformStream.
function initialize(T, startPromise, writableHwm, writableSize, readableHwm, readableSize) {
  const start = () => startPromise;
  T.writable = WS.createWritableStream(start, (chunk) => sinkWrite(T, chunk), () => sinkClose(T),
    (reason) => sinkAbort(T, reason), writableHwm, writableSize);
  T.readable = RS.createReadableStream(start, () => sourcePull(T), (reason) => sourceCancel(T, reason),
    readableHwm, readableSize);
  T.backpressure = undefined;
  T.backpressureChange = undefined;
  setBackpressure(T, true);
}

function errorStream(T, e) {
  RS.defaultError(T.readable.controller, e);
  errorWritableAndUnblockWrite(T, e);
}

function errorWritableAndUnblockWrite(T, e) {
  clearAlgorithms(T.controller);
  WS.errorIfNeeded(T.writable.controller, e);
  unblockWrite(T);
}

function unblockWrite(T) {
  if (T.backpressure) setBackpressure(T, false);
}

function setBackpressure(T, backpressure) {
  if (T.backpressureChange !== undefined) T.backpressureChange.resolve(undefined);
  T.backpressureChange = deferred();
  T.backpressure = backpressure;
}

class TransformStreamDefaultController {
  #s;

  static {
    controllerSlots = (o) => (o !== null && typeof o === 'object' && #s in o ? o.#s : undefined);
  }

  constructor(token = undefined, C = undefined) {
    if (token !== kInternal) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this.#s = C;
    C.obj = this;
  }

  get desiredSize() {
    const C = controllerSlots(this);
    if (C === undefined) throw invalidThis('TransformStreamDefaultController');
    return RS.defaultDesiredSize(C.stream.readable.controller);
  }

  enqueue(chunk = undefined) {
    const C = controllerSlots(this);
    if (C === undefined) throw invalidThis('TransformStreamDefaultController');
    controllerEnqueue(C, chunk);
  }

  error(reason = undefined) {
    const C = controllerSlots(this);
    if (C === undefined) throw invalidThis('TransformStreamDefaultController');
    errorStream(C.stream, reason);
  }

  terminate() {
    const C = controllerSlots(this);
    if (C === undefined) throw invalidThis('TransformStreamDefaultController');
    terminate(C);
  }

  [kInspect](depth, options) {
    const C = controllerSlots(this);
    if (C === undefined) throw invalidThis('TransformStreamDefaultController');
    return inspectFields(this, 'TransformStreamDefaultController', { stream: C.stream.obj }, depth, options);
  }
}
webIdlClass(TransformStreamDefaultController, 'TransformStreamDefaultController', ['desiredSize', 'enqueue',
  'error', 'terminate']);

function setUpController(T, transform, flush, cancel) {
  const C = { obj: undefined, stream: T, transformAlgorithm: transform, flushAlgorithm: flush,
    cancelAlgorithm: cancel, finish: undefined, pending: undefined, transformDone: undefined,
    transformFailed: undefined };
  new TransformStreamDefaultController(kInternal, C);
  transformReactions(C);
  T.controller = C;
  return C;
}

function clearAlgorithms(C) {
  C.transformAlgorithm = undefined;
  C.flushAlgorithm = undefined;
  C.cancelAlgorithm = undefined;
}

function controllerEnqueue(C, chunk) {
  const T = C.stream;
  const RC = T.readable.controller;
  if (!RS.defaultCanCloseOrEnqueue(RC)) throw invalidState('Unable to enqueue');
  try {
    RS.defaultEnqueue(RC, chunk);
  } catch (err) {
    errorWritableAndUnblockWrite(T, err);
    throw T.readable.storedError;
  }
  const backpressure = RS.defaultHasBackpressure(RC);
  if (backpressure !== T.backpressure) setBackpressure(T, true);
}

function terminate(C) {
  const T = C.stream;
  RS.defaultClose(T.readable.controller);
  errorWritableAndUnblockWrite(T, invalidState('TransformStream has been terminated'));
}

// Runs transform() for one chunk; `d` settles once it has. The write waits
// on `d` itself, not on a promise chained from it, so that the sink write
// settles as soon as in node.
// The writable side has one write in flight at a time, so one pair of
// reactions per controller serves every chunk through `C.pending`.
function performTransform(C, chunk, d = deferred()) {
  C.pending = d;
  C.transformAlgorithm(chunk).then(C.transformDone, C.transformFailed);
  return d.promise;
}

function transformReactions(C) {
  C.transformDone = () => C.pending.resolve(undefined);
  C.transformFailed = (r) => {
    errorStream(C.stream, r);
    C.pending.reject(r);
  };
}

function sinkWrite(T, chunk) {
  const C = T.controller;
  if (!T.backpressure) return performTransform(C, chunk);
  const d = deferred();
  onSettle(T.backpressureChange.promise, () => {
    const W = T.writable;
    if (W.state === 'erroring') d.reject(W.storedError);
    else performTransform(C, chunk, d);
  });
  return d.promise;
}

// The shared shape of abort, close and cancel: run the controller's
// algorithm once, then settle the other side.
function finishOnce(C, run, onDone, onFail) {
  if (C.finish !== undefined) return C.finish.promise;
  C.finish = deferred();
  const finish = C.finish;
  const result = run();
  clearAlgorithms(C);
  onSettle(result, () => onDone(finish), (r) => {
    onFail(r);
    finish.reject(r);
  });
  return finish.promise;
}

// The writable side's abort settles a job after the readable side errors
// (node's timing).
function sinkAbort(T, reason) {
  const C = T.controller;
  const R = T.readable;
  return finishOnce(C, () => C.cancelAlgorithm(reason), (finish) => {
    if (R.state === 'errored') {
      finish.reject(R.storedError);
    } else {
      RS.defaultError(R.controller, reason);
      finish.resolve(undefined);
    }
  }, (r) => RS.defaultError(R.controller, r)).then(noop);
}

function sinkClose(T) {
  const C = T.controller;
  const R = T.readable;
  return finishOnce(C, () => C.flushAlgorithm(), (finish) => {
    if (R.state === 'errored') {
      finish.reject(R.storedError);
    } else {
      RS.defaultClose(R.controller);
      finish.resolve(undefined);
    }
  }, (r) => RS.defaultError(R.controller, r));
}

function sourceCancel(T, reason) {
  const C = T.controller;
  const W = T.writable;
  return finishOnce(C, () => C.cancelAlgorithm(reason), (finish) => {
    if (W.state === 'errored') {
      finish.reject(W.storedError);
    } else {
      WS.errorIfNeeded(W.controller, reason);
      unblockWrite(T);
      finish.resolve(undefined);
    }
  }, (r) => {
    WS.errorIfNeeded(W.controller, r);
    unblockWrite(T);
  });
}

function sourcePull(T) {
  setBackpressure(T, false);
  return T.backpressureChange.promise;
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
};
