'use strict';
// pipeline(...stages, callback) and compose(...stages). Stages are streams,
// iterables (first stage) or functions taking the previous stage's output
// as an async iterable. Any failure destroys every stream; the callback
// runs once all of them are done.

const { codes, AbortError } = require('internal/errors');
const { validateFunction, validateAbortSignal } = require('internal/validators');
const {
  isStreamLike, isReadableStreamLike, isWritableStreamLike, isWebStreamLike, destroyOnce,
} = require('internal/streams/shared');
const { finished } = require('internal/streams/finished');
const { isThenable } = require('internal/streams/from');

function isIterableValue(v, asyncOnly) {
  if (v == null) return false;
  if (typeof v[Symbol.asyncIterator] === 'function') return true;
  return !asyncOnly && typeof v[Symbol.iterator] === 'function';
}

// WHATWG streams and { readable, writable } pairs of them are bridged to node
// streams by internal/webstreams/adapters.
const isWebStage = (s) => isWebStreamLike(s, true);

function noop() {}

function lazyReadable() {
  return require('internal/streams/readable').Readable;
}

function pipeline(...stages) {
  const callback = stages.pop();
  validateFunction(callback, 'streams[stream.length - 1]');
  return runPipeline(stages, callback, {});
}

function runPipeline(stages, callback, opts) {
  if (stages.length === 1 && Array.isArray(stages[0])) stages = stages[0];
  if (stages.length < 2) throw new codes.ERR_MISSING_ARGS('streams');
  if (stages.some(isWebStage)) stages = require('internal/webstreams/adapters').nodeStagesFromWeb(stages);
  const signal = opts.signal;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  const controller = new AbortController();
  const endLast = opts.end !== false;

  const owned = [];
  let pendingDone = 0;
  let failure;
  let result;
  let reported = false;

  let releaseTail = null;
  const report = () => {
    if (reported) return;
    reported = true;
    if (signal) signal.removeEventListener('abort', onAbort);
    if (releaseTail !== null && !failure) releaseTail();
    process.nextTick(() => {
      callback(failure, result);
      // sources read by a function stage are aborted once the rest is done
      if (failure) {
        for (const src of iterated) destroyOnce(src, new AbortError());
      }
    });
  };
  const fail = (err) => {
    if (err && (!failure || failure.code === 'ERR_STREAM_PREMATURE_CLOSE')) failure = err;
    if (!err) return;
    controller.abort();
    for (const s of owned) {
      if (!s.destroyed && typeof s.destroy === 'function') s.destroy(failure);
    }
    // A stream a function stage is still iterating fails too, which ends
    // that iteration (else a failure upstream of it never settles it).
    for (const s of iterated) {
      if (!s.readableEnded) destroyOnce(s, failure);
    }
  };
  const settle = (err) => {
    fail(err);
    if (--pendingDone === 0) report();
  };
  const iterated = [];
  const watchers = new Map();
  const watch = (stream, readableSide, writableSide) => {
    owned.push(stream);
    pendingDone++;
    const stop = finished(stream, { readable: readableSide, writable: writableSide }, (err) => {
      if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && readableSide && !writableSide &&
          stream._readableState && stream._readableState.ended && !stream._readableState.errored) {
        err = undefined;
      }
      settle(err);
    });
    watchers.set(stream, stop);
  };
  // A stream a function stage iterates: its end or failure reaches the
  // pipeline through that function, not through its own events. Only an
  // 'error' it emits is still caught, as the function may never iterate it
  // (and an old-style stream would otherwise throw it).
  const onLateError = (err) => {
    if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') fail(err);
  };
  const handOver = (stream) => {
    const stop = watchers.get(stream);
    if (stop === undefined) return;
    stop();
    watchers.delete(stream);
    owned.splice(owned.indexOf(stream), 1);
    pendingDone--;
    iterated.push(stream);
    stream.on('error', onLateError);
  };
  const onAbort = () => fail(new AbortError(undefined, { cause: signal.reason }));

  let prev = null;
  const last = stages.length - 1;
  for (let i = 0; i <= last; i++) {
    let stage = stages[i];
    const isFirst = i === 0;
    const isLast = i === last;
    if (typeof stage === 'function') {
      if (isFirst) {
        const out = stage({ signal: controller.signal });
        if (!isIterableValue(out) && !isStreamLike(out)) {
          throw new codes.ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', out);
        }
        prev = out;
        if (isStreamLike(out)) watch(out, true, false);
        continue;
      }
      let input;
      if (isStreamLike(prev)) {
        handOver(prev);
        const { iterateStream, kAbortOnReturn } = require('internal/streams/readable');
        input = iterateStream(prev, kAbortOnReturn);
      } else {
        input = toAsync(prev);
      }
      const out = stage(input, { signal: controller.signal });
      if (isLast) {
        if (isThenable(out)) {
          // the value also comes out of a PassThrough, which is returned
          const PassThrough = require('internal/streams/duplex').PassThrough;
          const tail = new PassThrough({ objectMode: true });
          pendingDone++;
          Promise.resolve(out).then((v) => {
            result = v;
            if (v != null) tail.write(v);
            if (endLast) tail.end();
            settle();
          }, settle);
          prev = tail;
          continue;
        }
        if (!isIterableValue(out, true)) {
          throw new codes.ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', out);
        }
        // Its values come out of a PassThrough, which is returned (so the
        // result can be piped on) and fails with the pipeline.
        const PassThrough = require('internal/streams/duplex').PassThrough;
        const tail = new PassThrough({ objectMode: true });
        owned.push(tail);
        // its failure is the pipeline's, which the callback reports
        tail.on('error', noop);
        pendingDone++;
        pumpInto(out, tail, endLast).then(() => settle(), settle);
        prev = tail;
        continue;
      }
      if (!isIterableValue(out, true) && !isStreamLike(out)) {
        throw new codes.ERR_INVALID_RETURN_VALUE('AsyncIterable', `transform[${i - 1}]`, out);
      }
      prev = out;
      if (isStreamLike(out)) watch(out, true, false);
      continue;
    }
    if (!isStreamLike(stage)) {
      if (isFirst && isIterableValue(stage)) {
        prev = stage;
        continue;
      }
      stage = require('internal/streams/from').duplexFrom(stage);
    }
    // a stream stage
    if (isFirst) {
      watch(stage, true, false);
    } else {
      let source = prev;
      if (!isStreamLike(source)) {
        source = lazyReadable().from(source, { objectMode: true });
        watch(source, true, false);
      }
      const readsToo = !isLast && isReadableStreamLike(stage);
      // process.stdout and stderr are never ended by a pipeline (node's rule).
      if (isLast && (!endLast || stage._isStdio === true)) {
        owned.push(stage);
        pendingDone++;
        source.pipe(stage, { end: false });
        finished(source, { readable: true, writable: false }, () => {});
        const stop = finished(stage, { readable: false, writable: true }, (err) => settle(err));
        source.once('end', () => {
          stop();
          settle();
        });
      } else {
        source.pipe(stage, { end: true });
        watch(stage, readsToo, isWritableStreamLike(stage));
        // The destination closing before its source has ended is a
        // premature close, as in node (else a stage that can never end,
        // such as a Duplex feeding back into its own source, hangs).
        let sourceEnded = source.readableEnded === true;
        source.once('end', () => { sourceEnded = true; });
        stage.once('close', () => {
          if (!sourceEnded && !reported) fail(new codes.ERR_STREAM_PREMATURE_CLOSE());
        });
      }
    }
    prev = stage;
  }
  if (signal) {
    if (signal.aborted) process.nextTick(onAbort);
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  // A last stage that can still be read from is the caller's once the
  // pipeline has succeeded: the pipeline's listeners come off it then, so an
  // error it meets later is not swallowed (node's rule).
  if (isReadableStreamLike(prev) && !prev.readableEnded) {
    const tail = prev;
    releaseTail = () => {
      const stop = watchers.get(tail);
      if (stop !== undefined) stop();
      tail.removeListener('error', noop);
    };
  }
  if (pendingDone === 0) report();
  return prev;
}

// Writes what an async iterable yields into `dest`, waiting for 'drain' when
// it asks to; with `end`, ends it and waits for 'finish'.
async function pumpInto(iterable, dest, end) {
  let error = null;
  let over = false;
  let wake = null;
  const poke = () => {
    const fn = wake;
    wake = null;
    if (fn !== null) fn();
  };
  const onDone = (err) => {
    over = true;
    if (err && error === null) error = err;
    poke();
  };
  const wait = () => new Promise((resolve, reject) => {
    const check = () => {
      if (error !== null) reject(error);
      else resolve();
    };
    if (error !== null || over) check();
    else wake = check;
  });
  // (after end() only 'finish' or a failure may wake it)
  const onDrain = () => {
    if (!end || dest.writableEnded !== true) poke();
  };
  dest.on('drain', onDrain);
  const stop = finished(dest, { readable: false }, onDone);
  try {
    if (dest.writableNeedDrain) await wait();
    for await (const chunk of iterable) {
      if (!dest.write(chunk)) await wait();
    }
    if (end) {
      dest.end();
      await wait();
    }
  } finally {
    stop();
    dest.removeListener('drain', onDrain);
  }
}

async function* toAsync(iterable) {
  yield* iterable;
}

function pipelinePromise(...stages) {
  return new Promise((resolve, reject) => {
    let opts = {};
    const tail = stages[stages.length - 1];
    if (tail && typeof tail === 'object' && !isStreamLike(tail) && !isIterableValue(tail) && !isThenable(tail) &&
      !isWebStage(tail)) {
      opts = stages.pop();
    }
    runPipeline(stages, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, opts);
  });
}

// ---- compose ---------------------------------------------------------------

function compose(...stages) {
  if (stages.length === 0) throw new codes.ERR_MISSING_ARGS('streams');
  const { duplexFrom, joinSides } = require('internal/streams/from');
  if (stages.length === 1) return duplexFrom(stages[0]);
  for (let i = 0; i < stages.length; i++) {
    const s = stages[i];
    if (!isStreamLike(s)) continue;
    if (i < stages.length - 1 && !isReadableStreamLike(s)) {
      throw new codes.ERR_INVALID_ARG_VALUE(`streams[${i}]`, s, 'must be readable');
    }
    if (i > 0 && !isWritableStreamLike(s)) {
      throw new codes.ERR_INVALID_ARG_VALUE(`streams[${i}]`, s, 'must be writable');
    }
  }
  // As in node, only a function at either end becomes a Duplex here (and web
  // streams are bridged); anything else (a string or an iterable at the
  // head, a function in the middle) is the pipeline's to handle, and its
  // result is what the composed stream reads from.
  const lastAt = stages.length - 1;
  const list = stages.map((s, i) => (isWebStage(s) || (typeof s === 'function' && (i === 0 || i === lastAt)) ?
    duplexFrom(s) : s));
  const head = list[0];
  let outer = null;
  let w = null;
  let r = null;
  const tail = runPipeline(list, (err) => {
    if (err) outer.destroy(err);
    else if (!r && !w) outer.destroy(); // nothing to read or write: done
  }, {});
  w = isWritableStreamLike(head) ? head : null;
  r = isReadableStreamLike(tail) ? tail : null;
  // (node's composed stream finishes once the last stage has taken all its
  // input, not merely the first)
  outer = joinSides(w, r, undefined, w && isWritableStreamLike(tail) ? tail : undefined);
  return outer;
}

// stream.destroy(stream, err) for any stream-ish value.
function destroyStream(stream, err) {
  if (!err && stream && !stream.closed && !stream.readableEnded && !stream.writableFinished) err = new AbortError();
  if (stream && (typeof stream.destroy === 'function' || typeof stream.close === 'function')) destroyOnce(stream, err);
  else if (stream && typeof stream.abort === 'function') stream.abort();
}

module.exports = { pipeline, pipelinePromise, compose, destroyStream };
