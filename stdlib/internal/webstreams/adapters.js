'use strict';
// Readable/Writable/Duplex .toWeb() and .fromWeb(): node:stream streams as
// WHATWG streams and back. Loaded only when one of them is called.

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { ReadableStream, isReadableStream } = require('internal/webstreams/readable');
const { WritableStream, isWritableStream } = require('internal/webstreams/writable');
const { CountQueuingStrategy, ByteLengthQueuingStrategy } = require('internal/webstreams/strategies');
const { finished } = require('internal/streams/finished');

function optionsObject(options) {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  return options;
}

function nodeStreams() {
  return require('stream');
}

// ---- node -> web ------------------------------------------------------------------

// A ReadableStream fed by a node Readable's 'data' events, pausing it while
// the web queue is full.
function readableSideToWeb(node, options) {
  const objectMode = Boolean(node.readableObjectMode);
  const hwm = node.readableHighWaterMark;
  const strategy = options.strategy ??
    (objectMode ? new CountQueuingStrategy({ highWaterMark: hwm }) : new ByteLengthQueuingStrategy({
      highWaterMark: hwm,
    }));
  let controller;
  let done = false;
  const onData = (chunk) => {
    if (done) return;
    if (!objectMode && Buffer.isBuffer(chunk)) chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) node.pause();
  };
  return new ReadableStream({
    start(c) {
      controller = c;
      node.pause();
      node.on('data', onData);
      finished(node, { writable: false }, (err) => {
        if (done) return;
        done = true;
        node.removeListener('data', onData);
        if (err) c.error(err);
        else c.close();
      });
    },
    pull() {
      node.resume();
    },
    cancel(reason) {
      done = true;
      node.removeListener('data', onData);
      nodeStreams().destroy(node, reason);
    },
  }, strategy);
}

// A WritableStream that writes into a node Writable and honours its 'drain'.
// A write the node stream refused because it failed still resolves; the
// failure reaches the web side through controller.error() (as in node).
function writableSideToWeb(node) {
  let waiting = null;
  const wake = () => {
    if (waiting === null) return;
    const resolve = waiting;
    waiting = null;
    resolve();
  };
  node.on('drain', wake);
  let webController;
  finished(node, { readable: false }, (err) => {
    wake();
    if (err) webController.error(err);
  });
  return new WritableStream({
    start(c) {
      webController = c;
    },
    write(chunk) {
      if (node.write(chunk) || node.destroyed) return undefined;
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        node.end((err) => (err ? reject(err) : resolve()));
      });
    },
    abort(reason) {
      nodeStreams().destroy(node, reason);
    },
  }, new CountQueuingStrategy({ highWaterMark: node.writableHighWaterMark }));
}

function readableToWeb(node, options) {
  if (!isNodeStream(node, 'readable')) {
    throw new codes.ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', node);
  }
  return readableSideToWeb(node, optionsObject(options));
}

function writableToWeb(node) {
  if (!isNodeStream(node, 'writable')) {
    throw new codes.ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', node);
  }
  return writableSideToWeb(node);
}

function duplexToWeb(node, options) {
  if (!isNodeStream(node, 'readable') || !isNodeStream(node, 'writable')) {
    throw new codes.ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', node);
  }
  return { writable: writableSideToWeb(node), readable: readableSideToWeb(node, optionsObject(options)) };
}

function isNodeStream(value, side) {
  if (value === null || typeof value !== 'object') return false;
  return side === 'readable' ? typeof value.read === 'function' && typeof value.on === 'function' :
    typeof value.write === 'function' && typeof value.on === 'function';
}

// ---- web -> node --------------------------------------------------------------------

// The read side of a node stream over a web reader: _read pulls one chunk.
function webReadSide(reader, objectMode, getNode) {
  let reading = false;
  return function read() {
    if (reading) return;
    reading = true;
    reader.read().then(({ value, done }) => {
      reading = false;
      const node = getNode();
      if (done) {
        node.push(null);
        return;
      }
      if (!objectMode && !(typeof value === 'string' || value instanceof Uint8Array)) {
        nodeStreams().destroy(node, new codes.ERR_INVALID_ARG_TYPE('chunk',
          ['string', 'Buffer', 'TypedArray', 'DataView'], value));
        return;
      }
      if (node.push(value)) read();
    }, (err) => {
      reading = false;
      nodeStreams().destroy(getNode(), err);
    });
  };
}

function webWrite(writer) {
  return function write(chunk, encoding, callback) {
    writer.ready.then(() => writer.write(chunk)).then(() => callback(), callback);
  };
}

function webFinal(writer) {
  return function final(callback) {
    writer.close().then(() => callback(), callback);
  };
}

// Ties a node stream's destroy() to a web reader or writer: destroying the
// node side cancels/aborts the web side unless that is already closed, and
// a web side that errors destroys the node side.
function webLink(handle, stopWeb) {
  let closed = false;
  let node;
  handle.closed.then(() => {
    closed = true;
  }, (err) => {
    closed = true;
    if (node !== undefined) nodeStreams().destroy(node, err);
  });
  return {
    attach(stream) {
      node = stream;
    },
    destroy(err, callback) {
      if (closed) {
        callback(err);
        return;
      }
      closed = true;
      stopWeb(err).then(() => callback(err), (e) => callback(err || e));
    },
  };
}

function readableFromWeb(webStream, options) {
  if (!isReadableStream(webStream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', webStream);
  }
  const { highWaterMark, encoding, objectMode = false, signal } = optionsObject(options);
  const reader = webStream.getReader();
  const link = webLink(reader, (err) => reader.cancel(err));
  const node = new (nodeStreams().Readable)({
    highWaterMark, encoding, objectMode, signal,
    read: webReadSide(reader, objectMode, () => node),
    destroy: link.destroy,
  });
  link.attach(node);
  return node;
}

function writableFromWeb(webStream, options) {
  if (!isWritableStream(webStream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', webStream);
  }
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = optionsObject(options);
  const writer = webStream.getWriter();
  const link = webLink(writer, (err) => writer.abort(err));
  const node = new (nodeStreams().Writable)({
    highWaterMark, decodeStrings, objectMode, signal,
    write: webWrite(writer),
    final: webFinal(writer),
    destroy: link.destroy,
  });
  link.attach(node);
  return node;
}

function duplexFromWeb(pair, options) {
  if (pair === null || typeof pair !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('pair', 'Object', pair);
  const { readable, writable } = pair;
  if (!isReadableStream(readable)) {
    throw new codes.ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readable);
  }
  if (!isWritableStream(writable)) {
    throw new codes.ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writable);
  }
  const { allowHalfOpen, decodeStrings = true, encoding, highWaterMark, objectMode = false, signal } =
    optionsObject(options);
  const reader = readable.getReader();
  const writer = writable.getWriter();
  let closed = false;
  const node = new (nodeStreams().Duplex)({
    allowHalfOpen, decodeStrings, encoding, highWaterMark, objectMode, signal,
    read: webReadSide(reader, objectMode, () => node),
    write: webWrite(writer),
    final: webFinal(writer),
    destroy(err, callback) {
      if (closed) {
        callback(err);
        return;
      }
      closed = true;
      Promise.all([writer.abort(err), reader.cancel(err)]).then(() => callback(err), (e) => callback(err || e));
    },
  });
  return node;
}

// stream.finished() for a ReadableStream or WritableStream; an abort of
// `signal` reports an AbortError first.
function finishedWeb(stream, signal, callback) {
  const readableApi = require('internal/webstreams/readable');
  const readableSlots = readableApi.internals.slotsOf(stream);
  let watching = true;
  const onAbort = () => report(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
  const stop = () => {
    watching = false;
    if (signal !== undefined) signal.removeEventListener('abort', onAbort);
  };
  function report(err) {
    if (!watching) return;
    stop();
    callback.call(stream, err);
  }
  if (readableSlots !== undefined) {
    readableApi.internals.watchStream(readableSlots, report);
  } else if (isWritableStream(stream)) {
    const writable = require('internal/webstreams/writable');
    writable.internals.watchStream(writable.slotsOf(stream), report);
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  if (signal !== undefined) {
    if (signal.aborted) process.nextTick(onAbort);
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  return stop;
}

// stream.addAbortSignal() for a ReadableStream or WritableStream: an abort
// errors the stream with an AbortError.
function addAbortSignalWeb(signal, stream) {
  const readableApi = require('internal/webstreams/readable');
  const S = readableApi.internals.slotsOf(stream);
  let fail;
  if (S !== undefined) {
    fail = (err) => readableApi.internals.controllerError(S.controller, err);
  } else if (isWritableStream(stream)) {
    fail = (err) => require('internal/webstreams/writable').internals.errorIfNeeded(
      require('internal/webstreams/writable').internals.controllerOf(stream), err);
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const kill = () => fail(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
  if (signal.aborted) {
    kill();
  } else {
    signal.addEventListener('abort', kill, { once: true });
    finishedWeb(stream, undefined, () => signal.removeEventListener('abort', kill));
  }
  return stream;
}

// A last pipeline() stage that writes everything it is given into a
// WritableStream, then closes it (or aborts it on failure).
function writeAllInto(webStream) {
  return async function writeAll(source) {
    const writer = webStream.getWriter();
    try {
      for await (const chunk of source) {
        await writer.ready;
        await writer.write(chunk);
      }
      await writer.close();
    } catch (err) {
      await writer.abort(err).catch(() => {});
      throw err;
    } finally {
      writer.releaseLock();
    }
  };
}

// A node stream over a web stream or { readable, writable } pair (for
// Duplex.from and compose; pipeline() passes objectMode so that chunks pass
// unchanged); anything else is returned as it is.
function nodeStreamFromWeb(value, objectMode = false) {
  const options = { objectMode };
  if (isReadableStream(value)) return readableFromWeb(value, options);
  if (isWritableStream(value)) return writableFromWeb(value, options);
  if (value !== null && typeof value === 'object' && isReadableStream(value.readable) &&
    isWritableStream(value.writable)) {
    return duplexFromWeb(value, options);
  }
  return value;
}

// pipeline() stages with web streams replaced by node streams over them; a
// WritableStream at the end is written by a function stage.
function nodeStagesFromWeb(stages) {
  const last = stages.length - 1;
  return stages.map((stage, i) => (i === last && isWritableStream(stage) ? writeAllInto(stage) :
    nodeStreamFromWeb(stage, true)));
}

module.exports = {
  addAbortSignalWeb,
  finishedWeb,
  nodeStreamFromWeb,
  nodeStagesFromWeb,
  readableToWeb, readableFromWeb, writableToWeb, writableFromWeb, duplexToWeb, duplexFromWeb,
};
