'use strict';
// WHATWG ReadableStream (https://streams.spec.whatwg.org/#rs-class): the
// stream, its default and BYOB readers, the default and byte controllers,
// BYOB requests, tee, pipeTo/pipeThrough and async iteration.
//
// Every public object keeps its internal slots in a private field; the spec
// algorithms below work on those slot objects ("S" a stream, "R" a reader,
// "C" a controller) and reach the public object through `.obj`.

const {
  kInspect, noop, Deferred, deferred, settledDeferred, resolved, rejected, markHandled, onSettle, callToPromise,
  optionalFunction, invalidState, invalidThis, watchSlots, notifyWatchers, enqueueWithSize, dequeueValue, resetQueue,
  checkStrategy, highWaterMarkOf, sizeOf, isDetached, transferBuffer, cloneAsUint8Array, inspectFields, webIdlClass,
  codes,
} = require('internal/webstreams/util');

const kInternal = Symbol('kInternal');

let streamSlots;
let defaultReaderSlots;
let byobReaderSlots;
let defaultControllerSlots;
let byteControllerSlots;
let byobRequestSlots;

function isReadableStream(value) {
  return streamSlots(value) !== undefined;
}

function thisStream(self) {
  const S = streamSlots(self);
  if (S === undefined) throw invalidThis('ReadableStream');
  return S;
}

// ---- the stream -------------------------------------------------------------------

class ReadableStream {
  #s;

  static {
    streamSlots = (o) => (o !== null && typeof o === 'object' && #s in o ? o.#s : undefined);
  }

  constructor(underlyingSource = undefined, strategy = undefined) {
    this.#s = { obj: this, state: 'readable', reader: undefined, storedError: undefined, disturbed: false,
      controller: undefined, watchers: undefined };
    if (underlyingSource === kInternal) return;
    if (underlyingSource === undefined || underlyingSource === null) underlyingSource = {};
    else if (typeof underlyingSource !== 'object' && typeof underlyingSource !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('source', 'Object', underlyingSource);
    }
    strategy = checkStrategy(strategy);
    const type = underlyingSource.type;
    if (type !== undefined && `${type}` !== 'bytes') {
      throw new codes.ERR_INVALID_ARG_VALUE('source.type', type);
    }
    if (type !== undefined) {
      if (strategy.size !== undefined) throw new codes.ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      const hwm = highWaterMarkOf(strategy, 0);
      setUpByteControllerFromSource(this.#s, underlyingSource, hwm);
    } else {
      const size = sizeOf(strategy);
      const hwm = highWaterMarkOf(strategy, 1);
      setUpDefaultControllerFromSource(this.#s, underlyingSource, hwm, size);
    }
  }

  get locked() {
    return thisStream(this).reader !== undefined;
  }

  cancel(reason = undefined) {
    const S = streamSlots(this);
    if (S === undefined) return rejected(invalidThis('ReadableStream'));
    if (S.reader !== undefined) return rejected(invalidState('ReadableStream is locked'));
    return readableCancel(S, reason);
  }

  getReader(options = undefined) {
    const S = thisStream(this);
    if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const mode = options == null ? undefined : options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new codes.ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = undefined) {
    const S = thisStream(this);
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw new codes.ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform.writable;
    const writableApi = loadWritable();
    if (!writableApi.isWritableStream(writable)) {
      throw new codes.ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    const opts = pipeOptions(options);
    if (S.reader !== undefined) throw invalidState('The ReadableStream is locked');
    if (writableApi.slotsOf(writable).writer !== undefined) throw invalidState('The WritableStream is locked');
    markHandled(pipeTo(S, writableApi.slotsOf(writable), opts));
    return readable;
  }

  pipeTo(destination, options = undefined) {
    const S = streamSlots(this);
    if (S === undefined) return rejected(invalidThis('ReadableStream'));
    const writableApi = loadWritable();
    if (!writableApi.isWritableStream(destination)) {
      return rejected(new codes.ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination));
    }
    let opts;
    try {
      opts = pipeOptions(options);
    } catch (err) {
      return rejected(err);
    }
    if (S.reader !== undefined) return rejected(invalidState('The ReadableStream is locked'));
    const D = writableApi.slotsOf(destination);
    if (D.writer !== undefined) return rejected(invalidState('The WritableStream is locked'));
    return pipeTo(S, D, opts);
  }

  tee() {
    const S = thisStream(this);
    if (S.reader !== undefined) throw invalidState('ReadableStream is locked');
    const branches = S.controller.isByte ? byteTee(S) : defaultTee(S);
    return [branches[0].obj, branches[1].obj];
  }

  values(options = undefined) {
    const S = thisStream(this);
    if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const preventCancel = Boolean(options?.preventCancel);
    if (S.reader !== undefined) throw invalidState('ReadableStream is locked');
    return createAsyncIterator(S, preventCancel);
  }

  [Symbol.asyncIterator](options = undefined) {
    return this.values(options);
  }

  static from(iterable) {
    return streamFromIterable(iterable).obj;
  }

  [kInspect](depth, options) {
    const S = thisStream(this);
    return inspectFields(this, 'ReadableStream', {
      locked: S.reader !== undefined,
      state: S.state,
      supportsBYOB: S.controller !== undefined && S.controller.isByte,
    }, depth, options);
  }
}
webIdlClass(ReadableStream, 'ReadableStream', ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee',
  'values']);
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  __proto__: null, value: ReadableStream.prototype.values, writable: true, configurable: true, enumerable: false,
});

function pipeOptions(options) {
  if (options === undefined || options === null) {
    return { preventAbort: false, preventCancel: false, preventClose: false, signal: undefined };
  }
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const preventAbort = Boolean(options.preventAbort);
  const preventCancel = Boolean(options.preventCancel);
  const preventClose = Boolean(options.preventClose);
  const signal = options.signal;
  if (signal !== undefined && !isAbortSignal(signal)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return { preventAbort, preventCancel, preventClose, signal };
}

function isAbortSignal(value) {
  return value !== null && typeof value === 'object' &&
    value instanceof require('internal/abort_controller').AbortSignal;
}

let writableModule;
function loadWritable() {
  if (writableModule === undefined) writableModule = require('internal/webstreams/writable');
  return writableModule;
}

// ---- stream algorithms ------------------------------------------------------------

function newStreamSlots() {
  return streamSlots(new ReadableStream(kInternal));
}

function readableCancel(S, reason) {
  S.disturbed = true;
  if (S.state === 'closed') return resolved(undefined);
  if (S.state === 'errored') return rejected(S.storedError);
  readableClose(S);
  const R = S.reader;
  if (R !== undefined && R.byob) {
    const requests = R.readIntoRequests;
    R.readIntoRequests = [];
    for (const req of requests) req.close(undefined);
  }
  const C = S.controller;
  const sourceCancel = C.isByte ? byteCancelSteps(C, reason) : defaultCancelSteps(C, reason);
  return sourceCancel.then(noop);
}

// stream.finished() on a web stream.
function watchStream(S, fn) {
  watchSlots(S, S.state !== 'readable', fn);
}

function readableClose(S) {
  S.state = 'closed';
  notifyWatchers(S, undefined);
  const R = S.reader;
  if (R === undefined) return;
  R.closed.resolve(undefined);
  if (!R.byob) {
    const requests = R.readRequests;
    R.readRequests = [];
    for (const req of requests) req.close();
  }
}

function readableError(S, e) {
  S.state = 'errored';
  S.storedError = e;
  notifyWatchers(S, e);
  const R = S.reader;
  if (R === undefined) return;
  R.closed.reject(e);
  markHandled(R.closed.promise);
  if (R.byob) errorReadIntoRequests(R, e);
  else errorReadRequests(R, e);
}

function fulfillReadRequest(S, chunk, done) {
  const req = S.reader.readRequests.shift();
  if (done) req.close();
  else req.chunk(chunk);
}

function fulfillReadIntoRequest(S, chunk, done) {
  const req = S.reader.readIntoRequests.shift();
  if (done) req.close(chunk);
  else req.chunk(chunk);
}

function pendingReads(S) {
  const R = S.reader;
  if (R === undefined || R.byob) return 0;
  return R.readRequests.length;
}

function pendingReadIntos(S) {
  const R = S.reader;
  if (R === undefined || !R.byob) return 0;
  return R.readIntoRequests.length;
}

function hasDefaultReader(S) {
  return S.reader !== undefined && !S.reader.byob;
}

function hasByobReader(S) {
  return S.reader !== undefined && S.reader.byob;
}

// ---- readers ------------------------------------------------------------------------

function newReaderSlots(obj, streamObj, byob) {
  const S = streamSlots(streamObj);
  if (S === undefined) throw new codes.ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', streamObj);
  if (S.reader !== undefined) throw invalidState('ReadableStream is locked');
  if (byob && !S.controller.isByte) {
    throw new codes.ERR_INVALID_ARG_VALUE('stream', streamObj, 'must be a byte stream');
  }
  const R = { obj, stream: S, closed: undefined, byob, readRequests: undefined, readIntoRequests: undefined };
  if (byob) R.readIntoRequests = [];
  else R.readRequests = [];
  S.reader = R;
  if (S.state === 'readable') R.closed = deferred();
  else if (S.state === 'closed') R.closed = settledDeferred(true, undefined);
  else R.closed = settledDeferred(false, S.storedError);
  return R;
}

function releaseReader(R) {
  const S = R.stream;
  const err = invalidState('Reader released');
  if (S.state === 'readable') R.closed.reject(err);
  else R.closed = settledDeferred(false, err);
  markHandled(R.closed.promise);
  if (S.controller.isByte) byteReleaseSteps(S.controller);
  S.reader = undefined;
  R.stream = undefined;
}

function releaseDefaultReader(R) {
  releaseReader(R);
  errorReadRequests(R, invalidState('Releasing reader'));
}

function releaseByobReader(R) {
  releaseReader(R);
  errorReadIntoRequests(R, invalidState('Releasing reader'));
}

function errorReadRequests(R, e) {
  const requests = R.readRequests;
  R.readRequests = [];
  for (const req of requests) req.error(e);
}

function errorReadIntoRequests(R, e) {
  const requests = R.readIntoRequests;
  R.readIntoRequests = [];
  for (const req of requests) req.error(e);
}

function defaultReaderRead(R, req) {
  const S = R.stream;
  S.disturbed = true;
  if (S.state === 'closed') req.close();
  else if (S.state === 'errored') req.error(S.storedError);
  else if (S.controller.isByte) bytePullSteps(S.controller, req);
  else defaultPullSteps(S.controller, req);
}

function byobReaderRead(R, view, min, req) {
  const S = R.stream;
  S.disturbed = true;
  if (S.state === 'errored') req.error(S.storedError);
  else bytePullInto(S.controller, view, min, req);
}

function acquireDefaultReader(S) {
  return defaultReaderSlots(new ReadableStreamDefaultReader(S.obj));
}

function acquireByobReader(S) {
  return byobReaderSlots(new ReadableStreamBYOBReader(S.obj));
}

// Read requests that settle a promise with an iterator result. Node's result
// objects list `done` first when the chunk came straight from the queue and
// `value` first when a waiting read is fulfilled later; inspect shows it.
// Methods on a prototype keep a read down to one closure (the executor).
class PromiseReadRequest extends Deferred {
  constructor() {
    super();
    this.sync = true;
  }

  chunk(value) {
    this.resolve(this.sync ? { done: false, value } : { value, done: false });
  }

  close() {
    this.resolve({ value: undefined, done: true });
  }

  error(e) {
    this.reject(e);
  }
}

class PromiseReadIntoRequest extends PromiseReadRequest {
  chunk(value) {
    this.resolve({ value, done: false });
  }

  close(value) {
    this.resolve({ value, done: true });
  }
}

function readerClosedGetter(R, type) {
  if (R === undefined) return rejected(invalidThis(type));
  return R.closed.promise;
}

function readerCancel(R, type, reason) {
  if (R === undefined) return rejected(invalidThis(type));
  if (R.stream === undefined) return rejected(invalidState('The reader is not attached to a stream'));
  return readableCancel(R.stream, reason);
}

function inspectReader(self, R, name, countKey, count, depth, options) {
  return inspectFields(self, name, {
    stream: R.stream === undefined ? undefined : R.stream.obj,
    [countKey]: count,
    close: R.closed.promise,
  }, depth, options);
}

class ReadableStreamDefaultReader {
  #s;

  static {
    defaultReaderSlots = (o) => (o !== null && typeof o === 'object' && #s in o ? o.#s : undefined);
  }

  constructor(stream) {
    this.#s = newReaderSlots(this, stream, false);
  }

  get closed() {
    return readerClosedGetter(defaultReaderSlots(this), 'ReadableStreamDefaultReader');
  }

  cancel(reason = undefined) {
    return readerCancel(defaultReaderSlots(this), 'ReadableStreamDefaultReader', reason);
  }

  read() {
    const R = defaultReaderSlots(this);
    if (R === undefined) return rejected(invalidThis('ReadableStreamDefaultReader'));
    const S = R.stream;
    if (S === undefined) return rejected(invalidState('The reader is not attached to a stream'));
    // Fast path: a chunk already queued needs no read request.
    const C = S.controller;
    if (S.state === 'readable' && !C.isByte && C.queue.length > 0) {
      S.disturbed = true;
      return resolved({ done: false, value: defaultTakeQueued(C) });
    }
    const req = new PromiseReadRequest();
    defaultReaderRead(R, req);
    req.sync = false;
    return req.promise;
  }

  releaseLock() {
    const R = defaultReaderSlots(this);
    if (R === undefined) throw invalidThis('ReadableStreamDefaultReader');
    if (R.stream === undefined) return;
    releaseDefaultReader(R);
  }

  [kInspect](depth, options) {
    const R = defaultReaderSlots(this);
    if (R === undefined) throw invalidThis('ReadableStreamDefaultReader');
    return inspectReader(this, R, 'ReadableStreamDefaultReader', 'readRequests', R.readRequests.length, depth,
      options);
  }
}
webIdlClass(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader', ['closed', 'cancel', 'read',
  'releaseLock']);

const kViewConstructors = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];
if (typeof Float16Array === 'function') kViewConstructors.push(Float16Array);

function viewConstructorOf(view) {
  for (const ctor of kViewConstructors) {
    if (view instanceof ctor) return ctor;
  }
  return DataView;
}

class ReadableStreamBYOBReader {
  #s;

  static {
    byobReaderSlots = (o) => (o !== null && typeof o === 'object' && #s in o ? o.#s : undefined);
  }

  constructor(stream) {
    this.#s = newReaderSlots(this, stream, true);
  }

  read(view, options = undefined) {
    const R = byobReaderSlots(this);
    if (R === undefined) return rejected(invalidThis('ReadableStreamBYOBReader'));
    if (!ArrayBuffer.isView(view)) {
      return rejected(new codes.ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    if (view.byteLength === 0 || view.buffer.byteLength === 0 || isDetached(view.buffer)) {
      return rejected(invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
      return rejected(new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options));
    }
    let min = options?.min;
    if (min === undefined) {
      min = 1;
    } else {
      min = Number(min);
      if (min === 0) {
        return rejected(new codes.ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0'));
      }
    }
    const isTyped = !(view instanceof DataView);
    const limit = isTyped ? view.length : view.byteLength;
    if (min > limit) {
      return rejected(new codes.ERR_OUT_OF_RANGE('options.min', isTyped ? '<= view.length' : '<= view.byteLength',
        min));
    }
    if (R.stream === undefined) return rejected(invalidState('The reader is not attached to a stream'));
    const req = new PromiseReadIntoRequest();
    byobReaderRead(R, view, min, req);
    // Adopted by a new promise: node's BYOB reads settle two jobs later
    // than default reads.
    return new Promise((res) => res(req.promise));
  }

  releaseLock() {
    const R = byobReaderSlots(this);
    if (R === undefined) throw invalidThis('ReadableStreamBYOBReader');
    if (R.stream === undefined) return;
    releaseByobReader(R);
  }

  get closed() {
    return readerClosedGetter(byobReaderSlots(this), 'ReadableStreamBYOBReader');
  }

  cancel(reason = undefined) {
    return readerCancel(byobReaderSlots(this), 'ReadableStreamBYOBReader', reason);
  }

  [kInspect](depth, options) {
    const R = byobReaderSlots(this);
    if (R === undefined) throw invalidThis('ReadableStreamBYOBReader');
    return inspectReader(this, R, 'ReadableStreamBYOBReader', 'readIntoRequests', R.readIntoRequests.length,
      depth, options);
  }
}
webIdlClass(ReadableStreamBYOBReader, 'ReadableStreamBYOBReader', ['read', 'releaseLock', 'closed', 'cancel']);

// ---- default controller ---------------------------------------------------------------

class ReadableStreamDefaultController {
  #s;

  static {
    defaultControllerSlots = (o) => (o !== null && typeof o === 'object' && #s in o ? o.#s : undefined);
  }

  constructor(token = undefined, C = undefined) {
    if (token !== kInternal) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this.#s = C;
    C.obj = this;
  }

  get desiredSize() {
    const C = defaultControllerSlots(this);
    if (C === undefined) throw invalidThis('ReadableStreamDefaultController');
    return defaultDesiredSize(C);
  }

  close() {
    const C = defaultControllerSlots(this);
    if (C === undefined) throw invalidThis('ReadableStreamDefaultController');
    if (!defaultCanCloseOrEnqueue(C)) throw invalidState('Controller is already closed');
    defaultClose(C);
  }

  enqueue(chunk = undefined) {
    const C = defaultControllerSlots(this);
    if (C === undefined) throw invalidThis('ReadableStreamDefaultController');
    if (!defaultCanCloseOrEnqueue(C)) throw invalidState('Controller is already closed');
    defaultEnqueue(C, chunk);
  }

  error(e = undefined) {
    const C = defaultControllerSlots(this);
    if (C === undefined) throw invalidThis('ReadableStreamDefaultController');
    defaultError(C, e);
  }

  [kInspect](depth, options) {
    if (defaultControllerSlots(this) === undefined) throw invalidThis('ReadableStreamDefaultController');
    return inspectFields(this, 'ReadableStreamDefaultController', {}, depth, options);
  }
}
webIdlClass(ReadableStreamDefaultController, 'ReadableStreamDefaultController', ['desiredSize', 'close',
  'enqueue', 'error']);

function defaultCallPullIfNeeded(C) {
  if (!defaultShouldCallPull(C)) return;
  if (C.pulling) {
    C.pullAgain = true;
    return;
  }
  C.pulling = true;
  C.pullAlgorithm().then(C.pullDone, C.pullFailed);
}

// The reactions to pull()'s promise, made once per controller.
function defaultPullReactions(C) {
  C.pullDone = () => {
    C.pulling = false;
    if (C.pullAgain) {
      C.pullAgain = false;
      defaultCallPullIfNeeded(C);
    }
  };
  C.pullFailed = (e) => defaultError(C, e);
}

function defaultShouldCallPull(C) {
  if (!defaultCanCloseOrEnqueue(C) || !C.started) return false;
  const S = C.stream;
  if (S.reader !== undefined && pendingReads(S) > 0) return true;
  return defaultDesiredSize(C) > 0;
}

function defaultClearAlgorithms(C) {
  C.pullAlgorithm = undefined;
  C.cancelAlgorithm = undefined;
  C.sizeAlgorithm = undefined;
}

function defaultClose(C) {
  if (!defaultCanCloseOrEnqueue(C)) return;
  C.closeRequested = true;
  if (C.queue.length === 0) {
    defaultClearAlgorithms(C);
    readableClose(C.stream);
  }
}

function defaultEnqueue(C, chunk) {
  if (!defaultCanCloseOrEnqueue(C)) return;
  const S = C.stream;
  if (S.reader !== undefined && pendingReads(S) > 0) {
    fulfillReadRequest(S, chunk, false);
  } else {
    let size;
    try {
      size = C.sizeAlgorithm(chunk);
      enqueueWithSize(C, chunk, size);
    } catch (err) {
      defaultError(C, err);
      throw err;
    }
  }
  defaultCallPullIfNeeded(C);
}

function defaultError(C, e) {
  const S = C.stream;
  if (S.state !== 'readable') return;
  resetQueue(C);
  defaultClearAlgorithms(C);
  readableError(S, e);
}

function defaultDesiredSize(C) {
  const state = C.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return C.hwm - C.queueTotalSize;
}

function defaultCanCloseOrEnqueue(C) {
  return !C.closeRequested && C.stream.state === 'readable';
}

function defaultHasBackpressure(C) {
  return !defaultShouldCallPull(C);
}

function defaultCancelSteps(C, reason) {
  resetQueue(C);
  const result = C.cancelAlgorithm(reason);
  defaultClearAlgorithms(C);
  return result;
}

// Takes the first queued chunk, then closes or pulls as a read does.
function defaultTakeQueued(C) {
  const chunk = dequeueValue(C);
  if (C.closeRequested && C.queue.length === 0) {
    defaultClearAlgorithms(C);
    readableClose(C.stream);
  } else {
    defaultCallPullIfNeeded(C);
  }
  return chunk;
}

function defaultPullSteps(C, req) {
  if (C.queue.length > 0) {
    req.chunk(defaultTakeQueued(C));
    return;
  }
  C.stream.reader.readRequests.push(req);
  defaultCallPullIfNeeded(C);
}

// start()'s result is adopted by a new promise, so a promise returned by
// start() settles the start two jobs later (node's timing).
function adoptStartResult(startResult) {
  return new Promise((res) => res(startResult));
}

function startController(C, startResult, callPull, error) {
  onSettle(adoptStartResult(startResult), () => {
    C.started = true;
    callPull(C);
  }, (r) => error(C, r));
}

// Spec SetUpReadableStreamDefaultController.
function setUpDefaultController(S, start, pull, cancel, hwm, size) {
  const C = { obj: undefined, isByte: false, stream: S, queue: [], queueTotalSize: 0, started: false,
    closeRequested: false, pullAgain: false, pulling: false, sizeAlgorithm: size, hwm,
    pullAlgorithm: pull, cancelAlgorithm: cancel };
  new ReadableStreamDefaultController(kInternal, C);
  defaultPullReactions(C);
  S.controller = C;
  startController(C, start(C.obj), defaultCallPullIfNeeded, defaultError);
  return C;
}

function sourceMethods(source) {
  // WebIDL reads dictionary members in name order.
  const cancel = optionalFunction(source, 'cancel', 'source');
  const pull = optionalFunction(source, 'pull', 'source');
  const start = optionalFunction(source, 'start', 'source');
  return { cancel, pull, start };
}

function setUpDefaultControllerFromSource(S, source, hwm, size) {
  const { cancel, pull, start } = sourceMethods(source);
  setUpDefaultController(S,
    (controller) => (start === undefined ? undefined : start.call(source, controller)),
    pull === undefined ? () => resolved(undefined) : () => callToPromise(pull, source, S.controller.obj),
    cancel === undefined ? () => resolved(undefined) : (reason) => callToPromise(cancel, source, reason),
    hwm, size);
}

// Spec CreateReadableStream: a stream driven by internal algorithms.
function createReadableStream(start, pull, cancel, hwm = 1, size = () => 1) {
  const S = newStreamSlots();
  setUpDefaultController(S, start, pull, cancel, hwm, size);
  return S;
}

// ---- byte controller --------------------------------------------------------------------

class ReadableByteStreamController {
  #s;

  static {
    byteControllerSlots = (o) => (o !== null && typeof o === 'object' && #s in o ? o.#s : undefined);
  }

  constructor(token = undefined, C = undefined) {
    if (token !== kInternal) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this.#s = C;
    C.obj = this;
  }

  get byobRequest() {
    const C = byteControllerSlots(this);
    if (C === undefined) throw invalidThis('ReadableByteStreamController');
    const request = byteGetByobRequest(C);
    return request === null ? null : request.obj;
  }

  get desiredSize() {
    const C = byteControllerSlots(this);
    if (C === undefined) throw invalidThis('ReadableByteStreamController');
    return byteDesiredSize(C);
  }

  close() {
    const C = byteControllerSlots(this);
    if (C === undefined) throw invalidThis('ReadableByteStreamController');
    if (C.closeRequested) throw invalidState('Controller is already closed');
    if (C.stream.state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteClose(C);
  }

  enqueue(chunk) {
    const C = byteControllerSlots(this);
    if (C === undefined) throw invalidThis('ReadableByteStreamController');
    if (!ArrayBuffer.isView(chunk)) {
      throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0 || isDetached(chunk.buffer)) {
      throw invalidState('chunk ArrayBuffer is zero-length or detached');
    }
    if (C.closeRequested) throw invalidState('Controller is already closed');
    if (C.stream.state !== 'readable') throw invalidState('ReadableStream is already closed');
    byteEnqueue(C, chunk);
  }

  error(e = undefined) {
    const C = byteControllerSlots(this);
    if (C === undefined) throw invalidThis('ReadableByteStreamController');
    byteError(C, e);
  }

  [kInspect](depth, options) {
    if (byteControllerSlots(this) === undefined) throw invalidThis('ReadableByteStreamController');
    return inspectFields(this, 'ReadableByteStreamController', {}, depth, options);
  }
}
webIdlClass(ReadableByteStreamController, 'ReadableByteStreamController', ['byobRequest', 'desiredSize', 'close',
  'enqueue', 'error']);

class ReadableStreamBYOBRequest {
  #s;

  static {
    byobRequestSlots = (o) => (o !== null && typeof o === 'object' && #s in o ? o.#s : undefined);
  }

  constructor(token = undefined, Q = undefined) {
    if (token !== kInternal) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this.#s = Q;
    Q.obj = this;
  }

  get view() {
    const Q = byobRequestSlots(this);
    if (Q === undefined) throw invalidThis('ReadableStreamBYOBRequest');
    return Q.view;
  }

  respond(bytesWritten) {
    const Q = byobRequestSlots(this);
    if (Q === undefined) throw invalidThis('ReadableStreamBYOBRequest');
    const written = toIndex(bytesWritten, 'bytesWritten');
    if (Q.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(Q.view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    byteRespond(Q.controller, written);
  }

  respondWithNewView(view) {
    const Q = byobRequestSlots(this);
    if (Q === undefined) throw invalidThis('ReadableStreamBYOBRequest');
    if (!ArrayBuffer.isView(view)) {
      throw new codes.ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    if (Q.controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    byteRespondWithNewView(Q.controller, view);
  }

  [kInspect](depth, options) {
    const Q = byobRequestSlots(this);
    if (Q === undefined) throw invalidThis('ReadableStreamBYOBRequest');
    return inspectFields(this, 'ReadableStreamBYOBRequest', { view: Q.view,
      controller: Q.controller === undefined ? undefined : Q.controller.obj }, depth, options);
  }
}
webIdlClass(ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest', ['view', 'respond', 'respondWithNewView']);

// bytesWritten as node checks it: NaN is a TypeError, a value past the safe
// integers (or negative) a RangeError; fractions are truncated.
function toIndex(value, name) {
  if (Number.isNaN(value)) throw new codes.ERR_INVALID_ARG_VALUE(name, value);
  const n = Number(value);
  if (!(n >= 0 && n <= Number.MAX_SAFE_INTEGER)) throw new codes.ERR_INVALID_ARG_VALUE.RangeError(name, value);
  return Math.trunc(n);
}

function byteCallPullIfNeeded(C) {
  if (!byteShouldCallPull(C)) return;
  if (C.pulling) {
    C.pullAgain = true;
    return;
  }
  C.pulling = true;
  C.pullAlgorithm().then(C.pullDone, C.pullFailed);
}

// The reactions to pull()'s promise, made once per controller.
function bytePullReactions(C) {
  C.pullDone = () => {
    C.pulling = false;
    if (C.pullAgain) {
      C.pullAgain = false;
      byteCallPullIfNeeded(C);
    }
  };
  C.pullFailed = (e) => byteError(C, e);
}

function byteShouldCallPull(C) {
  const S = C.stream;
  if (S.state !== 'readable' || C.closeRequested || !C.started) return false;
  if (pendingReads(S) > 0 || pendingReadIntos(S) > 0) return true;
  return byteDesiredSize(C) > 0;
}

function byteClearAlgorithms(C) {
  C.pullAlgorithm = undefined;
  C.cancelAlgorithm = undefined;
}

function byteClearPendingPullIntos(C) {
  byteInvalidateByobRequest(C);
  C.pendingPullIntos = [];
}

function byteClose(C) {
  const S = C.stream;
  if (C.closeRequested || S.state !== 'readable') return;
  if (C.queueTotalSize > 0) {
    C.closeRequested = true;
    return;
  }
  if (C.pendingPullIntos.length > 0) {
    const first = C.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = invalidState('Partial read');
      byteError(C, e);
      throw e;
    }
  }
  byteClearAlgorithms(C);
  readableClose(S);
}

function byteCommitPullInto(S, pid) {
  let done = false;
  if (S.state === 'closed') done = true;
  const view = byteConvertPullInto(pid);
  if (pid.readerType === 'default') fulfillReadRequest(S, view, done);
  else fulfillReadIntoRequest(S, view, done);
}

function byteConvertPullInto(pid) {
  const buffer = transferBuffer(pid.buffer);
  return new pid.viewConstructor(buffer, pid.byteOffset, pid.bytesFilled / pid.elementSize);
}

function byteEnqueue(C, chunk) {
  const S = C.stream;
  if (C.closeRequested || S.state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) throw invalidState('chunk ArrayBuffer is zero-length or detached');
  const transferred = transferBuffer(buffer);
  if (C.pendingPullIntos.length > 0) {
    const first = C.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw invalidState('The BYOB request\'s buffer has been detached');
    byteInvalidateByobRequest(C);
    first.buffer = transferBuffer(first.buffer);
    if (first.readerType === 'none') byteEnqueueDetachedPullInto(C, first);
  }
  if (hasDefaultReader(S)) {
    byteProcessReadRequests(C);
    if (pendingReads(S) === 0) {
      byteEnqueueChunk(C, transferred, byteOffset, byteLength);
    } else {
      if (C.pendingPullIntos.length > 0) C.pendingPullIntos.shift();
      fulfillReadRequest(S, new Uint8Array(transferred, byteOffset, byteLength), false);
    }
  } else if (hasByobReader(S)) {
    byteEnqueueChunk(C, transferred, byteOffset, byteLength);
    for (const pid of byteProcessPullIntos(C)) byteCommitPullInto(S, pid);
  } else {
    byteEnqueueChunk(C, transferred, byteOffset, byteLength);
  }
  byteCallPullIfNeeded(C);
}

function byteEnqueueChunk(C, buffer, byteOffset, byteLength) {
  C.queue.push({ buffer, byteOffset, byteLength });
  C.queueTotalSize += byteLength;
}

function byteEnqueueClonedChunk(C, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (err) {
    byteError(C, err);
    throw err;
  }
  byteEnqueueChunk(C, clone, 0, byteLength);
}

function byteEnqueueDetachedPullInto(C, pid) {
  if (pid.bytesFilled > 0) byteEnqueueClonedChunk(C, pid.buffer, pid.byteOffset, pid.bytesFilled);
  C.pendingPullIntos.shift();
}

function byteError(C, e) {
  const S = C.stream;
  if (S.state !== 'readable') return;
  byteClearPendingPullIntos(C);
  resetQueue(C);
  byteClearAlgorithms(C);
  readableError(S, e);
}

// Copies queued bytes into a pull-into descriptor; true once it holds at
// least its minimum fill (in whole elements).
function byteFillPullIntoFromQueue(C, pid) {
  const maxCopy = Math.min(C.queueTotalSize, pid.byteLength - pid.bytesFilled);
  const maxFilled = pid.bytesFilled + maxCopy;
  let remaining = maxCopy;
  let ready = false;
  const aligned = maxFilled - (maxFilled % pid.elementSize);
  if (aligned >= pid.minimumFill) {
    remaining = aligned - pid.bytesFilled;
    ready = true;
  }
  const dest = new Uint8Array(pid.buffer);
  while (remaining > 0) {
    const head = C.queue[0];
    const n = Math.min(remaining, head.byteLength);
    const at = pid.byteOffset + pid.bytesFilled;
    dest.set(new Uint8Array(head.buffer, head.byteOffset, n), at);
    if (head.byteLength === n) {
      C.queue.shift();
    } else {
      head.byteOffset += n;
      head.byteLength -= n;
    }
    C.queueTotalSize -= n;
    pid.bytesFilled += n;
    remaining -= n;
  }
  return ready;
}

function byteGetByobRequest(C) {
  if (C.byobRequest === null && C.pendingPullIntos.length > 0) {
    const first = C.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
      first.byteLength - first.bytesFilled);
    const Q = { obj: undefined, controller: C, view };
    new ReadableStreamBYOBRequest(kInternal, Q);
    C.byobRequest = Q;
  }
  return C.byobRequest;
}

function byteDesiredSize(C) {
  const state = C.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return C.hwm - C.queueTotalSize;
}

function byteHandleQueueDrain(C) {
  if (C.queueTotalSize === 0 && C.closeRequested) {
    byteClearAlgorithms(C);
    readableClose(C.stream);
  } else {
    byteCallPullIfNeeded(C);
  }
}

function byteInvalidateByobRequest(C) {
  const Q = C.byobRequest;
  if (Q === null) return;
  Q.controller = undefined;
  Q.view = null;
  C.byobRequest = null;
}

function byteProcessPullIntos(C) {
  const filled = [];
  while (C.pendingPullIntos.length > 0 && C.queueTotalSize > 0) {
    const pid = C.pendingPullIntos[0];
    if (!byteFillPullIntoFromQueue(C, pid)) continue;
    C.pendingPullIntos.shift();
    filled.push(pid);
  }
  return filled;
}

function byteProcessReadRequests(C) {
  const R = C.stream.reader;
  while (R.readRequests.length > 0 && C.queueTotalSize > 0) {
    byteFillReadRequest(C, R.readRequests.shift());
  }
}

function byteFillReadRequest(C, req) {
  const entry = C.queue.shift();
  C.queueTotalSize -= entry.byteLength;
  byteHandleQueueDrain(C);
  req.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function bytePullInto(C, view, min, req) {
  const S = C.stream;
  const ctor = viewConstructorOf(view);
  const elementSize = ctor === DataView ? 1 : ctor.BYTES_PER_ELEMENT;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferBuffer(view.buffer);
  } catch (err) {
    req.error(err);
    return;
  }
  const pid = { buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength, bytesFilled: 0,
    minimumFill: min * elementSize, elementSize, viewConstructor: ctor, readerType: 'byob' };
  if (C.pendingPullIntos.length > 0) {
    C.pendingPullIntos.push(pid);
    S.reader.readIntoRequests.push(req);
    return;
  }
  if (S.state === 'closed') {
    req.close(new ctor(pid.buffer, pid.byteOffset, 0));
    return;
  }
  if (C.queueTotalSize > 0) {
    if (byteFillPullIntoFromQueue(C, pid)) {
      const filled = byteConvertPullInto(pid);
      byteHandleQueueDrain(C);
      req.chunk(filled);
      return;
    }
    if (C.closeRequested) {
      const e = invalidState('Partial read');
      byteError(C, e);
      req.error(e);
      return;
    }
  }
  C.pendingPullIntos.push(pid);
  S.reader.readIntoRequests.push(req);
  byteCallPullIfNeeded(C);
}

function byteRespond(C, bytesWritten) {
  const first = C.pendingPullIntos[0];
  const state = C.stream.state;
  if (state === 'closed') {
    if (bytesWritten !== 0) {
      throw new codes.ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten, 'must be 0 when the stream is closed');
    }
  } else {
    if (bytesWritten === 0) {
      throw new codes.ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten, 'must be greater than 0');
    }
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new codes.ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferBuffer(first.buffer);
  byteRespondInternal(C, bytesWritten);
}

function byteRespondInClosedState(C, first) {
  if (first.readerType === 'none') C.pendingPullIntos.shift();
  const S = C.stream;
  if (hasByobReader(S)) {
    while (pendingReadIntos(S) > 0) byteCommitPullInto(S, C.pendingPullIntos.shift());
  }
}

function byteRespondInReadableState(C, bytesWritten, pid) {
  pid.bytesFilled += bytesWritten;
  const S = C.stream;
  if (pid.readerType === 'none') {
    byteEnqueueDetachedPullInto(C, pid);
    for (const done of byteProcessPullIntos(C)) byteCommitPullInto(S, done);
    return;
  }
  if (pid.bytesFilled < pid.minimumFill) return;
  C.pendingPullIntos.shift();
  const remainder = pid.bytesFilled % pid.elementSize;
  if (remainder > 0) {
    const end = pid.byteOffset + pid.bytesFilled;
    byteEnqueueClonedChunk(C, pid.buffer, end - remainder, remainder);
  }
  pid.bytesFilled -= remainder;
  const filled = byteProcessPullIntos(C);
  byteCommitPullInto(S, pid);
  for (const done of filled) byteCommitPullInto(S, done);
}

function byteRespondInternal(C, bytesWritten) {
  const first = C.pendingPullIntos[0];
  byteInvalidateByobRequest(C);
  if (C.stream.state === 'closed') byteRespondInClosedState(C, first);
  else byteRespondInReadableState(C, bytesWritten, first);
  byteCallPullIfNeeded(C);
}

function byteRespondWithNewView(C, view) {
  const first = C.pendingPullIntos[0];
  if (C.stream.state === 'closed') {
    if (view.byteLength !== 0) {
      throw new codes.ERR_INVALID_ARG_VALUE('view', view, 'must have a byteLength of 0 when the stream is closed');
    }
  } else if (view.byteLength === 0) {
    throw new codes.ERR_INVALID_ARG_VALUE('view', view, 'must have a non-zero byteLength');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset ||
    first.bufferByteLength !== view.buffer.byteLength ||
    first.bytesFilled + view.byteLength > first.byteLength) {
    throw new codes.ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  const n = view.byteLength;
  first.buffer = transferBuffer(view.buffer);
  byteRespondInternal(C, n);
}

function byteCancelSteps(C, reason) {
  byteClearPendingPullIntos(C);
  resetQueue(C);
  const result = C.cancelAlgorithm(reason);
  byteClearAlgorithms(C);
  return result;
}

function bytePullSteps(C, req) {
  const S = C.stream;
  if (C.queueTotalSize > 0) {
    byteFillReadRequest(C, req);
    return;
  }
  const size = C.autoAllocateChunkSize;
  if (size !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(size);
    } catch (err) {
      req.error(err);
      return;
    }
    C.pendingPullIntos.push({ buffer, bufferByteLength: size, byteOffset: 0, byteLength: size, bytesFilled: 0,
      minimumFill: 1, elementSize: 1, viewConstructor: Uint8Array, readerType: 'default' });
  }
  S.reader.readRequests.push(req);
  byteCallPullIfNeeded(C);
}

function byteReleaseSteps(C) {
  if (C.pendingPullIntos.length > 0) {
    const first = C.pendingPullIntos[0];
    first.readerType = 'none';
    C.pendingPullIntos = [first];
  }
}

function setUpByteController(S, start, pull, cancel, hwm, autoAllocateChunkSize) {
  const C = { obj: undefined, isByte: true, stream: S, queue: [], queueTotalSize: 0, started: false,
    closeRequested: false, pullAgain: false, pulling: false, byobRequest: null, hwm,
    pullAlgorithm: pull, cancelAlgorithm: cancel, autoAllocateChunkSize, pendingPullIntos: [] };
  new ReadableByteStreamController(kInternal, C);
  bytePullReactions(C);
  S.controller = C;
  startController(C, start(C.obj), byteCallPullIfNeeded, byteError);
  return C;
}

function setUpByteControllerFromSource(S, source, hwm) {
  let chunkSize = source.autoAllocateChunkSize;
  if (chunkSize !== undefined) {
    const n = Number(chunkSize);
    if (!Number.isFinite(n) || n < 0 || n > Number.MAX_SAFE_INTEGER) {
      throw new codes.ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', chunkSize);
    }
    chunkSize = Math.trunc(n);
    if (chunkSize === 0) throw new codes.ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', 0);
  }
  const { cancel, pull, start } = sourceMethods(source);
  setUpByteController(S,
    (controller) => (start === undefined ? undefined : start.call(source, controller)),
    pull === undefined ? () => resolved(undefined) : () => callToPromise(pull, source, S.controller.obj),
    cancel === undefined ? () => resolved(undefined) : (reason) => callToPromise(cancel, source, reason),
    hwm, chunkSize);
}

function createByteStream(start, pull, cancel) {
  const S = newStreamSlots();
  setUpByteController(S, start, pull, cancel, 0, undefined);
  return S;
}

// ---- tee -------------------------------------------------------------------------

// The cancel side shared by both kinds of tee: the source is canceled once
// both branches are, with both reasons.
function teeCancelState(S) {
  const t = { canceled: [false, false], reasons: [undefined, undefined], cancelDone: deferred() };
  t.cancelBranch = (i, reason) => {
    t.canceled[i] = true;
    t.reasons[i] = reason;
    if (t.canceled[1 - i]) t.cancelDone.resolve(readableCancel(S, [t.reasons[0], t.reasons[1]]));
    return t.cancelDone.promise;
  };
  t.settleIfOpen = () => {
    if (!t.canceled[0] || !t.canceled[1]) t.cancelDone.resolve(undefined);
  };
  return t;
}

function defaultTee(S) {
  const R = acquireDefaultReader(S);
  const t = teeCancelState(S);
  let reading = false;
  let readAgain = false;
  const branches = [];
  function pull() {
    if (reading) {
      readAgain = true;
      return resolved(undefined);
    }
    reading = true;
    defaultReaderRead(R, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          for (let i = 0; i < 2; i++) {
            if (!t.canceled[i]) defaultEnqueue(branches[i].controller, chunk);
          }
          reading = false;
          if (readAgain) pull();
        });
      },
      close() {
        // Node closes the branches only once the job queue has run dry.
        process.nextTick(() => {
          reading = false;
          for (let i = 0; i < 2; i++) {
            if (!t.canceled[i]) defaultClose(branches[i].controller);
          }
          t.settleIfOpen();
        });
      },
      error() {
        reading = false;
      },
    });
    return resolved(undefined);
  }
  for (let i = 0; i < 2; i++) {
    branches.push(createReadableStream(noop, pull, (reason) => t.cancelBranch(i, reason)));
  }
  onSettle(R.closed.promise, noop, (r) => {
    defaultError(branches[0].controller, r);
    defaultError(branches[1].controller, r);
    t.settleIfOpen();
  });
  return branches;
}

function byteTee(S) {
  let R = acquireDefaultReader(S);
  const t = teeCancelState(S);
  let reading = false;
  const readAgain = [false, false];
  const branches = [];

  function forwardReaderError(thisReader) {
    onSettle(thisReader.closed.promise, noop, (r) => {
      if (thisReader !== R) return;
      byteError(branches[0].controller, r);
      byteError(branches[1].controller, r);
      t.settleIfOpen();
    });
  }

  function failBoth(e) {
    byteError(branches[0].controller, e);
    byteError(branches[1].controller, e);
    t.cancelDone.resolve(readableCancel(S, e));
  }

  function pullAgainIfAsked() {
    reading = false;
    if (readAgain[0]) pullBranch(0);
    else if (readAgain[1]) pullBranch(1);
  }

  function pullWithDefaultReader() {
    if (R.byob) {
      releaseByobReader(R);
      R = acquireDefaultReader(S);
      forwardReaderError(R);
    }
    defaultReaderRead(R, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain[0] = readAgain[1] = false;
          let chunk2 = chunk;
          if (!t.canceled[0] && !t.canceled[1]) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (e) {
              failBoth(e);
              return;
            }
          }
          if (!t.canceled[0]) byteEnqueue(branches[0].controller, chunk);
          if (!t.canceled[1]) byteEnqueue(branches[1].controller, chunk2);
          pullAgainIfAsked();
        });
      },
      close() {
        reading = false;
        for (let i = 0; i < 2; i++) {
          if (!t.canceled[i]) byteClose(branches[i].controller);
        }
        for (let i = 0; i < 2; i++) {
          if (branches[i].controller.pendingPullIntos.length > 0) byteRespond(branches[i].controller, 0);
        }
        t.settleIfOpen();
      },
      error() {
        reading = false;
      },
    });
  }

  function pullWithByobReader(view, i) {
    if (!R.byob) {
      releaseDefaultReader(R);
      R = acquireByobReader(S);
      forwardReaderError(R);
    }
    const mine = branches[i].controller;
    const other = branches[1 - i].controller;
    byobReaderRead(R, view, 1, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain[0] = readAgain[1] = false;
          const myCanceled = t.canceled[i];
          if (!t.canceled[1 - i]) {
            let cloned;
            try {
              cloned = cloneAsUint8Array(chunk);
            } catch (e) {
              failBoth(e);
              return;
            }
            if (!myCanceled) byteRespondWithNewView(mine, chunk);
            byteEnqueue(other, cloned);
          } else if (!myCanceled) {
            byteRespondWithNewView(mine, chunk);
          }
          pullAgainIfAsked();
        });
      },
      close(chunk) {
        reading = false;
        const myCanceled = t.canceled[i];
        const otherCanceled = t.canceled[1 - i];
        if (!myCanceled) byteClose(mine);
        if (!otherCanceled) byteClose(other);
        if (chunk !== undefined) {
          if (!myCanceled) byteRespondWithNewView(mine, chunk);
          if (!otherCanceled && other.pendingPullIntos.length > 0) byteRespond(other, 0);
        }
        if (!myCanceled || !otherCanceled) t.cancelDone.resolve(undefined);
      },
      error() {
        reading = false;
      },
    });
  }

  function pullBranch(i) {
    if (reading) {
      readAgain[i] = true;
      return resolved(undefined);
    }
    reading = true;
    const request = byteGetByobRequest(branches[i].controller);
    if (request === null) pullWithDefaultReader();
    else pullWithByobReader(request.view, i);
    return resolved(undefined);
  }

  for (let i = 0; i < 2; i++) {
    branches.push(createByteStream(noop, () => pullBranch(i), (reason) => t.cancelBranch(i, reason)));
  }
  forwardReaderError(R);
  return branches;
}

// ---- pipeTo ----------------------------------------------------------------------

// A write request of pipeTo(): no promise, only a note that it settled and
// one waiter, which runs a job after the settling (as a reaction would).
class PipeWrite {
  constructor() {
    this.settled = false;
    this.waiter = undefined;
  }

  settle() {
    this.settled = true;
    const waiter = this.waiter;
    if (waiter !== undefined) {
      this.waiter = undefined;
      kResolvedJob.then(waiter);
    }
  }

  resolve() {
    this.settle();
  }

  reject() {
    this.settle();
  }

  whenSettled(fn) {
    if (this.settled) kResolvedJob.then(fn);
    else this.waiter = fn;
  }
}
const kResolvedJob = Promise.resolve();
const kSettledWrite = new PipeWrite();
kSettledWrite.settled = true;

function pipeTo(S, D, { preventAbort, preventCancel, preventClose, signal }) {
  const W = loadWritable().internals;
  const R = acquireDefaultReader(S);
  const writer = W.acquireWriter(D);
  S.disturbed = true;
  let shuttingDown = false;
  const result = deferred();
  // The last write handed to the destination; shutting down waits for it
  // (at least one job, as in node, even before the first write).
  let lastWrite = kSettledWrite;
  let onAbort;

  function finalize(isError, error) {
    W.releaseWriter(writer);
    releaseDefaultReader(R);
    if (signal !== undefined) signal.removeEventListener('abort', onAbort);
    if (isError) result.reject(error);
    else result.resolve(undefined);
  }

  // Calls `then` once every chunk already read has been written (or failed).
  function afterWrites(then) {
    if (D.state !== 'writable' || W.closeQueuedOrInFlight(D)) {
      then();
      return;
    }
    const last = lastWrite;
    last.whenSettled(() => (last === lastWrite ? then() : afterWrites(then)));
  }

  function shutdownWithAction(action, isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    afterWrites(() => {
      onSettle(action(), () => finalize(isError, error), (newError) => finalize(true, newError));
    });
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    afterWrites(() => finalize(isError, error));
  }

  if (signal !== undefined) {
    onAbort = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (D.state === 'writable' ? W.writableAbort(D, error) : resolved(undefined)));
      }
      if (!preventCancel) {
        actions.push(() => (S.state === 'readable' ? readableCancel(S, error) : resolved(undefined)));
      }
      // Each action's result is adopted by a new promise and the whole is
      // chained once more: node's pipe settles an abort that many jobs later.
      shutdownWithAction(() => Promise.all(actions.map((run) => new Promise((res) => res(run())))).then(noop),
        true, error);
    };
    if (signal.aborted) {
      onAbort();
      return result.promise;
    }
    signal.addEventListener('abort', onAbort, { once: true });
  }

  function sourceErrored(storedError) {
    if (!preventAbort) shutdownWithAction(() => W.writableAbort(D, storedError), true, storedError);
    else shutdown(true, storedError);
  }
  function destErrored(storedError) {
    if (!preventCancel) shutdownWithAction(() => readableCancel(S, storedError), true, storedError);
    else shutdown(true, storedError);
  }
  function sourceClosed() {
    if (!preventClose) shutdownWithAction(() => W.closeWithErrorPropagation(writer));
    else shutdown();
  }

  if (S.state === 'errored') sourceErrored(S.storedError);
  else onSettle(R.closed.promise, noop, sourceErrored);
  if (D.state === 'errored') destErrored(D.storedError);
  else onSettle(writer.closed.promise, noop, destErrored);
  if (S.state === 'closed') sourceClosed();
  else onSettle(R.closed.promise, sourceClosed, noop);
  if (W.closeQueuedOrInFlight(D) || D.state === 'closed') {
    const destClosed = invalidState('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAction(() => readableCancel(S, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }

  function writeChunk(chunk) {
    const request = new PipeWrite();
    lastWrite = request;
    if (W.writeWithRequest(writer, chunk, request) !== undefined) request.settle();
    step();
  }

  // Reads while the destination has room. A chunk the read gets at once is
  // written at once; one that arrives later is written a job later (node's
  // timing).
  function step() {
    if (shuttingDown || D.state !== 'writable' || W.closeQueuedOrInFlight(D)) return;
    if (D.backpressure) {
      W.whenRelieved(D, step);
      return;
    }
    let reading = true;
    defaultReaderRead(R, {
      chunk(chunk) {
        if (reading) writeChunk(chunk);
        else kResolvedJob.then(() => writeChunk(chunk));
      },
      close: noop,
      error: noop,
    });
    reading = false;
  }

  step();
  return result.promise;
}

// ---- async iteration -------------------------------------------------------------

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

let iteratorSlots;
const kRunning = resolved(undefined);
// The first next() waits on this (node's timing), return() does not.
const kFirstNext = resolved(undefined);
class ReadableStreamAsyncIterator {
  #s;

  static {
    iteratorSlots = (o) => (o !== null && typeof o === 'object' && #s in o ? o.#s : undefined);
  }

  constructor(token, I) {
    this.#s = I;
  }

  // A next() waits for the one before it. Node's observable timing: a
  // chunk read right after the previous one settles at once, while the
  // first read and reads after the end take a round through the queue.
  next() {
    const I = iteratorSlots(this);
    if (I === undefined) return rejected(invalidThis('ReadableStreamAsyncIterator'));
    const run = () => iteratorNext(I);
    if (I.ongoing !== undefined) {
      I.ongoing = I.ongoing.then(run, run);
      return I.ongoing;
    }
    // A chunk read at once clears `ongoing` before run() returns.
    I.ongoing = kRunning;
    const result = run();
    if (I.ongoing === kRunning) I.ongoing = result;
    return result;
  }

  return(value = undefined) {
    const I = iteratorSlots(this);
    if (I === undefined) return rejected(invalidThis('ReadableStreamAsyncIterator'));
    const run = () => iteratorReturn(I, value).then(() => ({ done: true, value }));
    // return() waits for a next() still in progress (WebIDL's ongoing promise).
    const ongoing = I.ongoing;
    return ongoing === undefined || ongoing === kFirstNext ? run() : ongoing.then(run, run);
  }
}
Object.setPrototypeOf(ReadableStreamAsyncIterator.prototype, AsyncIteratorPrototype);
delete ReadableStreamAsyncIterator.prototype.constructor;
for (const key of ['next', 'return']) {
  Object.defineProperty(ReadableStreamAsyncIterator.prototype, key, { __proto__: null, enumerable: true });
}

function createAsyncIterator(S, preventCancel) {
  const R = acquireDefaultReader(S);
  return new ReadableStreamAsyncIterator(kInternal, { reader: R, preventCancel, finished: false,
    ongoing: kFirstNext });
}

// The read request of one next() call.
class IteratorReadRequest extends PromiseReadRequest {
  constructor(I) {
    super();
    this.iterator = I;
  }

  chunk(value) {
    this.iterator.ongoing = undefined;
    this.resolve({ value, done: false });
  }

  close() {
    this.iterator.finished = true;
    releaseDefaultReader(this.iterator.reader);
    this.resolve({ done: true, value: undefined });
  }

  error(e) {
    this.iterator.finished = true;
    releaseDefaultReader(this.iterator.reader);
    this.reject(e);
  }
}

function iteratorNext(I) {
  if (I.finished) return resolved({ done: true, value: undefined });
  const R = I.reader;
  const S = R.stream;
  if (S === undefined) return rejected(invalidState('The reader is not attached to a stream'));
  const C = S.controller;
  if (S.state === 'readable' && !C.isByte && C.queue.length > 0) {
    // Fast path: a queued chunk, as the read request below would get it.
    S.disturbed = true;
    I.ongoing = undefined;
    return resolved({ value: defaultTakeQueued(C), done: false });
  }
  const req = new IteratorReadRequest(I);
  defaultReaderRead(R, req);
  return req.promise;
}

function iteratorReturn(I, value) {
  if (I.finished) return resolved(undefined);
  I.finished = true;
  const R = I.reader;
  if (R.stream === undefined) return resolved(undefined);
  if (!I.preventCancel) {
    const result = readableCancel(R.stream, value);
    releaseDefaultReader(R);
    return result;
  }
  releaseDefaultReader(R);
  return resolved(undefined);
}

// ---- ReadableStream.from -------------------------------------------------------------

function iteratorRecordOf(iterable) {
  if (iterable !== null && iterable !== undefined) {
    const asyncMethod = iterable[Symbol.asyncIterator];
    if (asyncMethod !== undefined && asyncMethod !== null) {
      if (typeof asyncMethod !== 'function') throw new codes.ERR_ARG_NOT_ITERABLE(describe(iterable));
      const iterator = asyncMethod.call(iterable);
      if (iterator === null || (typeof iterator !== 'object' && typeof iterator !== 'function')) {
        throw new codes.ERR_INVALID_STATE.TypeError('The iterator method must return an object');
      }
      return { iterator, next: iterator.next };
    }
    const syncMethod = iterable[Symbol.iterator];
    if (typeof syncMethod === 'function') {
      const iterator = syncMethod.call(iterable);
      return { iterator, next: iterator.next, sync: true };
    }
  }
  throw new codes.ERR_ARG_NOT_ITERABLE(describe(iterable));
}

function isThenable(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function') &&
    typeof value.then === 'function';
}

function describe(value) {
  return require('internal/util/inspect').inspect(value);
}

function streamFromIterable(iterable) {
  const record = iteratorRecordOf(iterable);
  let S;
  // The iterator's answer is handled in its own reaction and pull() itself
  // resolves at once, so the next pull can start as soon as a chunk is
  // enqueued (node's timing). A sync iterator's value is awaited.
  function pull() {
    let next;
    try {
      next = record.next.call(record.iterator);
    } catch (err) {
      return rejected(err);
    }
    const C = S.controller;
    const fail = (err) => defaultError(C, err);
    if (record.sync) {
      if (next === null || typeof next !== 'object') return rejected(new TypeError('Iterator result is not an object'));
      resolved(next).then((result) => {
        const value = result.value;
        if (result.done) defaultClose(C);
        else if (isThenable(value)) resolved(value).then((v) => defaultEnqueue(C, v), fail);
        else defaultEnqueue(C, value);
      }).then(undefined, fail);
      return resolved(undefined);
    }
    resolved(next).then((result) => {
      if (result === null || typeof result !== 'object') {
        throw new codes.ERR_INVALID_STATE.TypeError('The promise returned by the iterator.next() method must ' +
          'fulfill with an object');
      }
      if (result.done) defaultClose(C);
      else defaultEnqueue(C, result.value);
    }).then(undefined, fail);
    return resolved(undefined);
  }
  function cancel(reason) {
    let method;
    try {
      method = record.iterator.return;
      if (method === undefined || method === null) return resolved(undefined);
      return resolved(method.call(record.iterator, reason)).then((result) => {
        if (result === null || typeof result !== 'object') {
          throw new codes.ERR_INVALID_STATE.TypeError('The promise returned by the iterator.return() method must ' +
            'fulfill with an object');
        }
      });
    } catch (err) {
      return rejected(err);
    }
  }
  S = createReadableStream(noop, pull, cancel, 0);
  return S;
}

// stream/web's ReadableStreamTee(stream): the two branches of a tee.
function ReadableStreamTee(stream) {
  if (!isReadableStream(stream)) throw new codes.ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
  return stream.tee();
}

// ---- exports ------------------------------------------------------------------------

module.exports = {
  ReadableStream,
  ReadableStreamTee,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  isReadableStream,
  // For the other web stream files and for node:stream interop.
  internals: {
    slotsOf: (o) => streamSlots(o),
    watchStream,
    createReadableStream,
    defaultEnqueue,
    defaultClose,
    defaultError,
    // controller.error() for either kind of controller.
    controllerError: (C, e) => (C.isByte ? byteError(C, e) : defaultError(C, e)),
    defaultDesiredSize,
    defaultCanCloseOrEnqueue,
    defaultHasBackpressure,
    readableCancel,
    adoptStartResult,
    acquireDefaultReader,
    defaultReaderRead,
    releaseDefaultReader,
    controllerOf: (streamObj) => streamSlots(streamObj).controller,
  },
};
