'use strict';
// WHATWG WritableStream (https://streams.spec.whatwg.org/#ws-class) with its
// default writer and controller. Internal slots work as in
// internal/webstreams/readable.js: "S" a stream, "W" a writer, "C" a
// controller.

const {
  kInspect, deferred, settledDeferred, resolved, rejected, markHandled, onSettle, callToPromise, callToPromise2,
  callWithoutArgs, optionalFunction, invalidState, invalidThis, watchSlots, notifyWatchers, enqueueWithSize,
  dequeueValue, resetQueue, checkStrategy, highWaterMarkOf, sizeOf, inspectFields, webIdlClass, codes,
} = require('internal/webstreams/util');

const kInternal = Symbol('kInternal');
// The queue entry that stands for close() behind the queued chunks.
const kCloseMarker = Symbol('kCloseMarker');

let streamSlots;
let writerSlots;
let controllerSlots;

function isWritableStream(value) {
  return streamSlots(value) !== undefined;
}

function thisStream(self) {
  const S = streamSlots(self);
  if (S === undefined) throw invalidThis('WritableStream');
  return S;
}

class WritableStream {
  #s;

  static {
    streamSlots = (o) => (o !== null && typeof o === 'object' && #s in o ? o.#s : undefined);
  }

  constructor(underlyingSink = undefined, strategy = undefined) {
    this.#s = { obj: this, state: 'writable', storedError: undefined, writer: undefined, controller: undefined,
      inFlightWriteRequest: undefined, closeRequest: undefined, inFlightCloseRequest: undefined,
      pendingAbortRequest: undefined, writeRequests: [], backpressure: false, watchers: undefined,
      onRelief: undefined };
    if (underlyingSink === kInternal) return;
    if (underlyingSink === undefined || underlyingSink === null) underlyingSink = {};
    else if (typeof underlyingSink !== 'object' && typeof underlyingSink !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('sink', 'Object', underlyingSink);
    }
    strategy = checkStrategy(strategy);
    const type = underlyingSink.type;
    if (type !== undefined) throw new codes.ERR_INVALID_ARG_VALUE.RangeError('type', type);
    const size = sizeOf(strategy);
    const hwm = highWaterMarkOf(strategy, 1);
    setUpControllerFromSink(this.#s, underlyingSink, hwm, size);
  }

  get locked() {
    return thisStream(this).writer !== undefined;
  }

  abort(reason = undefined) {
    const S = streamSlots(this);
    if (S === undefined) return rejected(invalidThis('WritableStream'));
    if (S.writer !== undefined) return rejected(invalidState('WritableStream is locked'));
    return writableAbort(S, reason);
  }

  close() {
    const S = streamSlots(this);
    if (S === undefined) return rejected(invalidThis('WritableStream'));
    if (S.writer !== undefined) return rejected(invalidState('WritableStream is locked'));
    if (closeQueuedOrInFlight(S)) return rejected(invalidState('Failure closing WritableStream'));
    return writableClose(S);
  }

  getWriter() {
    thisStream(this);
    return new WritableStreamDefaultWriter(this);
  }

  [kInspect](depth, options) {
    const S = thisStream(this);
    return inspectFields(this, 'WritableStream', { locked: S.writer !== undefined, state: S.state }, depth,
      options);
  }
}
webIdlClass(WritableStream, 'WritableStream', ['locked', 'abort', 'close', 'getWriter']);

// ---- stream algorithms ------------------------------------------------------------

function writableAbort(S, reason) {
  if (S.state === 'closed' || S.state === 'errored') return resolved(undefined);
  S.controller.abortController.abort(reason);
  const state = S.state;
  if (state === 'closed' || state === 'errored') return resolved(undefined);
  if (S.pendingAbortRequest !== undefined) return S.pendingAbortRequest.promise;
  const wasAlreadyErroring = state === 'erroring';
  if (wasAlreadyErroring) reason = undefined;
  const request = deferred();
  request.reason = reason;
  request.wasAlreadyErroring = wasAlreadyErroring;
  S.pendingAbortRequest = request;
  if (!wasAlreadyErroring) startErroring(S, reason);
  return request.promise;
}

function writableClose(S) {
  const state = S.state;
  if (state === 'closed' || state === 'errored') {
    return rejected(invalidState(`WritableStream is ${state === 'closed' ? 'closed' : 'errored'}`));
  }
  const request = deferred();
  S.closeRequest = request;
  const W = S.writer;
  if (W !== undefined && S.backpressure && state === 'writable') W.ready.resolve(undefined);
  enqueueWithSize(S.controller, kCloseMarker, 0);
  advanceQueueIfNeeded(S.controller);
  return request.promise;
}

function dealWithRejection(S, error) {
  if (S.state === 'writable') startErroring(S, error);
  else finishErroring(S);
}

function startErroring(S, reason) {
  const C = S.controller;
  S.state = 'erroring';
  S.storedError = reason;
  if (S.writer !== undefined) ensureReadyRejected(S.writer, reason);
  if (!hasOperationInFlight(S) && C.started) finishErroring(S);
}

// stream.finished() on a web stream.
function watchStream(S, fn) {
  watchSlots(S, S.state === 'closed' || S.state === 'errored', fn);
}

function finishErroring(S) {
  S.state = 'errored';
  notifyWatchers(S, S.storedError);
  resetQueue(S.controller);
  const storedError = S.storedError;
  for (const request of S.writeRequests) request.reject(storedError);
  S.writeRequests = [];
  const abort = S.pendingAbortRequest;
  if (abort === undefined) {
    rejectCloseAndClosed(S);
    return;
  }
  S.pendingAbortRequest = undefined;
  if (abort.wasAlreadyErroring) {
    abort.reject(storedError);
    rejectCloseAndClosed(S);
    return;
  }
  const C = S.controller;
  const result = C.abortAlgorithm(abort.reason);
  clearAlgorithms(C);
  onSettle(result, () => {
    abort.resolve(undefined);
    rejectCloseAndClosed(S);
  }, (reason) => {
    abort.reject(reason);
    rejectCloseAndClosed(S);
  });
}

function finishInFlightWrite(S) {
  S.inFlightWriteRequest.resolve(undefined);
  S.inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(S, error) {
  S.inFlightWriteRequest.reject(error);
  S.inFlightWriteRequest = undefined;
  dealWithRejection(S, error);
}

function finishInFlightClose(S) {
  S.inFlightCloseRequest.resolve(undefined);
  S.inFlightCloseRequest = undefined;
  if (S.state === 'erroring') {
    S.storedError = undefined;
    if (S.pendingAbortRequest !== undefined) {
      S.pendingAbortRequest.resolve(undefined);
      S.pendingAbortRequest = undefined;
    }
  }
  S.state = 'closed';
  notifyWatchers(S, undefined);
  if (S.writer !== undefined) S.writer.closed.resolve(undefined);
}

function finishInFlightCloseWithError(S, error) {
  S.inFlightCloseRequest.reject(error);
  S.inFlightCloseRequest = undefined;
  if (S.pendingAbortRequest !== undefined) {
    S.pendingAbortRequest.reject(error);
    S.pendingAbortRequest = undefined;
  }
  dealWithRejection(S, error);
}

function closeQueuedOrInFlight(S) {
  return S.closeRequest !== undefined || S.inFlightCloseRequest !== undefined;
}

function hasOperationInFlight(S) {
  return S.inFlightWriteRequest !== undefined || S.inFlightCloseRequest !== undefined;
}

function rejectCloseAndClosed(S) {
  if (S.closeRequest !== undefined) {
    S.closeRequest.reject(S.storedError);
    S.closeRequest = undefined;
  }
  const W = S.writer;
  if (W !== undefined) {
    W.closed.reject(S.storedError);
    markHandled(W.closed.promise);
  }
}

function updateBackpressure(S, backpressure) {
  const W = S.writer;
  const relieved = W !== undefined && !backpressure && S.backpressure;
  if (W !== undefined && backpressure !== S.backpressure) {
    if (backpressure) W.ready = deferred();
    else W.ready.resolve(undefined);
  }
  S.backpressure = backpressure;
  // A pipe waiting for room continues at once, as node's does.
  if (relieved && S.onRelief !== undefined) {
    const fn = S.onRelief;
    S.onRelief = undefined;
    fn();
  }
}

// pipeTo(): `fn` runs once when the stream's backpressure is lifted.
function whenRelieved(S, fn) {
  S.onRelief = fn;
}

// ---- writer ------------------------------------------------------------------------

function newWriterSlots(obj, streamObj) {
  const S = streamSlots(streamObj);
  if (S === undefined) throw new codes.ERR_INVALID_ARG_TYPE('stream', 'WritableStream', streamObj);
  if (S.writer !== undefined) throw invalidState('WritableStream is locked');
  const W = { obj, stream: S, ready: undefined, closed: undefined };
  S.writer = W;
  const state = S.state;
  if (state === 'writable') {
    W.ready = !closeQueuedOrInFlight(S) && S.backpressure ? deferred() : settledDeferred(true, undefined);
    W.closed = deferred();
  } else if (state === 'erroring') {
    W.ready = settledDeferred(false, S.storedError);
    W.closed = deferred();
  } else if (state === 'closed') {
    W.ready = settledDeferred(true, undefined);
    W.closed = settledDeferred(true, undefined);
  } else {
    W.ready = settledDeferred(false, S.storedError);
    W.closed = settledDeferred(false, S.storedError);
  }
  return W;
}

function ensureReadyRejected(W, error) {
  if (W.ready.pending) W.ready.reject(error);
  else W.ready = settledDeferred(false, error);
  markHandled(W.ready.promise);
}

function ensureClosedRejected(W, error) {
  if (W.closed.pending) W.closed.reject(error);
  else W.closed = settledDeferred(false, error);
  markHandled(W.closed.promise);
}

function writerDesiredSize(W) {
  const S = W.stream;
  if (S.state === 'errored' || S.state === 'erroring') return null;
  if (S.state === 'closed') return 0;
  return controllerDesiredSize(S.controller);
}

function releaseWriter(W) {
  const S = W.stream;
  const released = invalidState('Writer has been released');
  ensureReadyRejected(W, released);
  ensureClosedRejected(W, released);
  S.writer = undefined;
  W.stream = undefined;
}

function writerWrite(W, chunk) {
  const request = deferred();
  const failure = writeWithRequest(W, chunk, request);
  return failure === undefined ? request.promise : rejected(failure);
}

// The write steps with a caller-made write request (anything with resolve()
// and reject()); returns the error when the write is refused at once.
// pipeTo() passes a request without a promise, which costs less per chunk.
function writeWithRequest(W, chunk, request) {
  const S = W.stream;
  const C = S.controller;
  const size = chunkSize(C, chunk);
  if (S !== W.stream) return invalidState('Writer has been released');
  const state = S.state;
  if (state === 'errored') return S.storedError;
  if (closeQueuedOrInFlight(S) || state === 'closed') return invalidState('WritableStream is closed');
  if (state === 'erroring') return S.storedError;
  S.writeRequests.push(request);
  controllerWrite(C, chunk, size);
  return undefined;
}

function closeWithErrorPropagation(W) {
  const S = W.stream;
  if (closeQueuedOrInFlight(S) || S.state === 'closed') return resolved(undefined);
  if (S.state === 'errored') return rejected(S.storedError);
  return writableClose(S);
}

function acquireWriter(S) {
  return writerSlots(new WritableStreamDefaultWriter(S.obj));
}

class WritableStreamDefaultWriter {
  #s;

  static {
    writerSlots = (o) => (o !== null && typeof o === 'object' && #s in o ? o.#s : undefined);
  }

  constructor(stream) {
    this.#s = newWriterSlots(this, stream);
  }

  get closed() {
    const W = writerSlots(this);
    if (W === undefined) return rejected(invalidThis('WritableStreamDefaultWriter'));
    return W.closed.promise;
  }

  get desiredSize() {
    const W = writerSlots(this);
    if (W === undefined) throw invalidThis('WritableStreamDefaultWriter');
    if (W.stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    return writerDesiredSize(W);
  }

  get ready() {
    const W = writerSlots(this);
    if (W === undefined) return rejected(invalidThis('WritableStreamDefaultWriter'));
    return W.ready.promise;
  }

  abort(reason = undefined) {
    const W = writerSlots(this);
    if (W === undefined) return rejected(invalidThis('WritableStreamDefaultWriter'));
    if (W.stream === undefined) return rejected(invalidState('Writer is not bound to a WritableStream'));
    return writableAbort(W.stream, reason);
  }

  close() {
    const W = writerSlots(this);
    if (W === undefined) return rejected(invalidThis('WritableStreamDefaultWriter'));
    const S = W.stream;
    if (S === undefined) return rejected(invalidState('Writer is not bound to a WritableStream'));
    if (closeQueuedOrInFlight(S)) return rejected(invalidState('Failure to close WritableStream'));
    return writableClose(S);
  }

  releaseLock() {
    const W = writerSlots(this);
    if (W === undefined) throw invalidThis('WritableStreamDefaultWriter');
    if (W.stream === undefined) return;
    releaseWriter(W);
  }

  write(chunk = undefined) {
    const W = writerSlots(this);
    if (W === undefined) return rejected(invalidThis('WritableStreamDefaultWriter'));
    if (W.stream === undefined) return rejected(invalidState('Writer is not bound to a WritableStream'));
    return writerWrite(W, chunk);
  }

  [kInspect](depth, options) {
    const W = writerSlots(this);
    if (W === undefined) throw invalidThis('WritableStreamDefaultWriter');
    return inspectFields(this, 'WritableStreamDefaultWriter', {
      stream: W.stream === undefined ? undefined : W.stream.obj,
      close: W.closed.promise,
      ready: W.ready.promise,
      desiredSize: W.stream === undefined ? undefined : writerDesiredSize(W),
    }, depth, options);
  }
}
webIdlClass(WritableStreamDefaultWriter, 'WritableStreamDefaultWriter', ['closed', 'desiredSize', 'ready',
  'abort', 'close', 'releaseLock', 'write']);

// ---- controller ----------------------------------------------------------------------

class WritableStreamDefaultController {
  #s;

  static {
    controllerSlots = (o) => (o !== null && typeof o === 'object' && #s in o ? o.#s : undefined);
  }

  constructor(token = undefined, C = undefined) {
    if (token !== kInternal) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this.#s = C;
    C.obj = this;
  }

  get signal() {
    const C = controllerSlots(this);
    if (C === undefined) throw invalidThis('WritableStreamDefaultController');
    return C.abortController.signal;
  }

  error(e = undefined) {
    const C = controllerSlots(this);
    if (C === undefined) throw invalidThis('WritableStreamDefaultController');
    if (C.stream.state !== 'writable') return;
    controllerError(C, e);
  }

  [kInspect](depth, options) {
    const C = controllerSlots(this);
    if (C === undefined) throw invalidThis('WritableStreamDefaultController');
    return inspectFields(this, 'WritableStreamDefaultController', { stream: C.stream.obj }, depth, options);
  }
}
webIdlClass(WritableStreamDefaultController, 'WritableStreamDefaultController', ['signal', 'error']);

function setUpController(S, start, write, close, abort, hwm, size) {
  const { AbortController } = require('internal/abort_controller');
  const C = { obj: undefined, stream: S, queue: [], queueTotalSize: 0, abortController: new AbortController(),
    started: false, sizeAlgorithm: size, hwm, writeAlgorithm: write, closeAlgorithm: close,
    abortAlgorithm: abort };
  new WritableStreamDefaultController(kInternal, C);
  writeReactions(C);
  S.controller = C;
  updateBackpressure(S, controllerDesiredSize(C) <= 0);
  const startResult = start(C.obj);
  onSettle(require('internal/webstreams/readable').internals.adoptStartResult(startResult), () => {
    C.started = true;
    advanceQueueIfNeeded(C);
  }, (r) => {
    C.started = true;
    dealWithRejection(S, r);
  });
  return C;
}

function setUpControllerFromSink(S, sink, hwm, size) {
  // WebIDL reads dictionary members in name order.
  const abort = optionalFunction(sink, 'abort', 'sink');
  const close = optionalFunction(sink, 'close', 'sink');
  const start = optionalFunction(sink, 'start', 'sink');
  const write = optionalFunction(sink, 'write', 'sink');
  setUpController(S,
    (controller) => (start === undefined ? undefined : start.call(sink, controller)),
    write === undefined ? () => resolved(undefined) : (chunk) => callToPromise2(write, sink, chunk, S.controller.obj),
    close === undefined ? () => resolved(undefined) : () => callWithoutArgs(close, sink),
    abort === undefined ? () => resolved(undefined) : (reason) => callToPromise(abort, sink, reason),
    hwm, size);
}

// Spec CreateWritableStream.
function createWritableStream(start, write, close, abort, hwm = 1, size = () => 1) {
  const S = streamSlots(new WritableStream(kInternal));
  setUpController(S, start, write, close, abort, hwm, size);
  return S;
}

function advanceQueueIfNeeded(C) {
  const S = C.stream;
  if (!C.started || S.inFlightWriteRequest !== undefined) return;
  if (S.state === 'erroring') {
    finishErroring(S);
    return;
  }
  if (C.queue.length === 0) return;
  const value = C.queue[0].value;
  if (value === kCloseMarker) processClose(C);
  else processWrite(C, value);
}

function clearAlgorithms(C) {
  C.writeAlgorithm = undefined;
  C.closeAlgorithm = undefined;
  C.abortAlgorithm = undefined;
  C.sizeAlgorithm = undefined;
}

function errorIfNeeded(C, error) {
  if (C.stream.state === 'writable') controllerError(C, error);
}

function controllerError(C, error) {
  clearAlgorithms(C);
  startErroring(C.stream, error);
}

function chunkSize(C, chunk) {
  if (C.sizeAlgorithm === undefined) return 1;
  try {
    return C.sizeAlgorithm(chunk);
  } catch (err) {
    errorIfNeeded(C, err);
    return 1;
  }
}

function controllerDesiredSize(C) {
  return C.hwm - C.queueTotalSize;
}

function processClose(C) {
  const S = C.stream;
  S.inFlightCloseRequest = S.closeRequest;
  S.closeRequest = undefined;
  dequeueValue(C);
  const result = C.closeAlgorithm();
  clearAlgorithms(C);
  onSettle(result, () => finishInFlightClose(S), (reason) => finishInFlightCloseWithError(S, reason));
}

function processWrite(C, chunk) {
  C.stream.inFlightWriteRequest = C.stream.writeRequests.shift();
  C.writeAlgorithm(chunk).then(C.writeDone, C.writeFailed);
}

// The reactions to write()'s promise, made once per controller.
function writeReactions(C) {
  const S = C.stream;
  C.writeDone = () => {
    finishInFlightWrite(S);
    dequeueValue(C);
    if (!closeQueuedOrInFlight(S) && S.state === 'writable') updateBackpressure(S, controllerDesiredSize(C) <= 0);
    advanceQueueIfNeeded(C);
  };
  C.writeFailed = (reason) => {
    if (S.state === 'writable') clearAlgorithms(C);
    finishInFlightWriteWithError(S, reason);
  };
}

function controllerWrite(C, chunk, size) {
  try {
    enqueueWithSize(C, chunk, size);
  } catch (err) {
    errorIfNeeded(C, err);
    return;
  }
  const S = C.stream;
  if (!closeQueuedOrInFlight(S) && S.state === 'writable') updateBackpressure(S, controllerDesiredSize(C) <= 0);
  advanceQueueIfNeeded(C);
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  isWritableStream,
  slotsOf: (o) => streamSlots(o),
  internals: {
    watchStream,
    whenRelieved,
    createWritableStream,
    acquireWriter,
    releaseWriter,
    writeWithRequest,
    writableAbort,
    closeQueuedOrInFlight,
    closeWithErrorPropagation,
    errorIfNeeded,
    controllerOf: (streamObj) => streamSlots(streamObj).controller,
  },
};
