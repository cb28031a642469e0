'use strict';
// finished(stream, [options], callback): one callback once the stream is
// done (ended and/or finished, and closed when it will emit 'close'), failed,
// or closed too early.

const { codes, AbortError } = require('internal/errors');
const { validateFunction, validateObject, validateAbortSignal, validateBoolean } = require('internal/validators');
const { isStreamLike, isWebStreamLike } = require('internal/streams/shared');

function readSideDone(rs) {
  return rs.endEmitted || (rs.ended && rs.length === 0);
}

function writeSideDone(ws) {
  return ws.finished || (ws.ending && ws.length === 0);
}

// What finished() accepts: an emitter with a stream state, or one that can
// at least be written to or piped from (a bare EventEmitter is refused).
function isNodeStream(obj) {
  return isStreamLike(obj) && (obj._readableState != null || obj._writableState != null ||
    typeof obj.write === 'function' || typeof obj.pipe === 'function');
}

function finished(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  if (isWebStreamLike(stream)) {
    return require('internal/webstreams/adapters').finishedWeb(stream, options.signal, callback);
  }
  if (!isNodeStream(stream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const rs = stream._readableState;
  const ws = stream._writableState;
  // A stream with no state that keeps a `closed` flag (http's
  // OutgoingMessage) is writable only, and emits 'close' after 'finish':
  // that is awaited.
  const flagged = !rs && !ws && typeof stream.closed === 'boolean';
  // readable / writable = false rules a side out only on a Duplex: a plain
  // Readable or Writable is still watched (and closing early is premature).
  const looksReadable = rs ? !ws || rs.readable !== false :
    typeof stream.pipe === 'function' && stream.readable !== false && !ws && !flagged;
  const looksWritable = ws ? !rs || ws.writable !== false : typeof stream.write === 'function' && !rs;
  const wantRead = options.readable ?? looksReadable;
  const wantWrite = options.writable ?? looksWritable;
  const reportErrors = options.error !== false;

  let called = false;
  // Once reported, the stream's listeners stay (as node's do, until the
  // returned cleanup function runs): a stray 'error' after the end, such as
  // a destroy(err) that follows, does not crash the process. Only the
  // abort signal, which may outlive the stream, is let go.
  const report = (err) => {
    if (called) return;
    called = true;
    if (options.signal) options.signal.removeEventListener('abort', onAbort);
    if (err === undefined) callback.call(stream);
    else callback.call(stream, err);
  };

  const sideState = rs || ws;
  // (A stream marked destroyed by hand, as some old implementations do, may
  // never emit 'close': its 'end' or 'finish' is enough then.)
  const emitsClose = () => (sideState ? sideState.autoDestroy && sideState.emitClose && !sideState.closed :
    flagged && !stream.closed) && wantRead === looksReadable && wantWrite === looksWritable;
  const closesItself = () => emitsClose() && stream.destroyed !== true;

  let readDone = !wantRead || (rs ? rs.endEmitted : false);
  // (A state on something with no write() does not count as finished.)
  const canWrite = typeof stream.write === 'function';
  let writeDone = !wantWrite || (ws ? canWrite && ws.finished : stream.writableFinished === true);

  const onEnd = () => {
    readDone = true;
    if (writeDone && !closesItself()) report();
  };
  const onFinish = () => {
    writeDone = true;
    if (readDone && !closesItself()) report();
  };
  const onError = (err) => {
    if (reportErrors) report(err);
  };
  const onClose = () => {
    const failure = (rs && rs.errored) || (ws && ws.errored);
    // a bare `true` in errored marks a failure with nothing to report
    if (failure && typeof failure !== 'boolean' && reportErrors) {
      report(failure);
      return;
    }
    if (wantRead && !readDone && !(rs && readSideDone(rs))) {
      if (rs || stream.readable !== false) {
        report(new codes.ERR_STREAM_PREMATURE_CLOSE());
        return;
      }
    }
    if (wantWrite && !writeDone && !(ws && canWrite && writeSideDone(ws))) {
      report(new codes.ERR_STREAM_PREMATURE_CLOSE());
      return;
    }
    report();
  };
  const onAbort = () => {
    report(new AbortError(undefined, { cause: options.signal.reason }));
  };

  stream.on('end', onEnd);
  stream.on('finish', onFinish);
  stream.on('error', onError);
  stream.on('close', onClose);
  if (options.signal) {
    if (options.signal.aborted) process.nextTick(onAbort);
    else options.signal.addEventListener('abort', onAbort, { once: true });
  }

  function detach() {
    // (also cancels a report already queued for the next tick)
    called = true;
    stream.removeListener('end', onEnd);
    stream.removeListener('finish', onFinish);
    stream.removeListener('error', onError);
    stream.removeListener('close', onClose);
    if (options.signal) options.signal.removeEventListener('abort', onAbort);
  }

  // Already over before we started listening.
  const state = rs || ws;
  if (state ? state.closed : flagged && stream.closed) {
    process.nextTick(onClose);
  } else if (state && (state.errorEmitted || (ws && ws.errorEmitted)) && reportErrors) {
    process.nextTick(() => report((rs && rs.errored) || (ws && ws.errored)));
  } else if (readDone && writeDone && !closesItself() && (rs || ws)) {
    process.nextTick(report);
  } else if (!wantRead && ws && (ws.pendingcb === undefined || ws.pendingcb === 0) &&
      (!emitsClose() || stream.readable === true) && (writeDone || stream.writable === false)) {
    // Ended with nothing left pending (or an old implementation that keeps
    // no pendingcb count): nothing more will happen to wait for.
    process.nextTick(report);
  }

  return detach;
}

function finishedPromise(stream, opts) {
  let autoCleanup = false;
  if (opts && opts.cleanup) {
    validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const stop = finished(stream, opts, (err) => {
      if (autoCleanup) stop();
      if (err) reject(err);
      else resolve();
    });
  });
}

module.exports = { finished, finishedPromise };
