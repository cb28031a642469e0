'use strict';
// Iterator helpers on Readable.prototype: map, filter, flatMap, drop, take
// return new streams; forEach, toArray, some, every, find, reduce promises.

const { codes, AbortError } = require('internal/errors');
const {
  validateFunction, validateObject, validateInteger, validateAbortSignal,
} = require('internal/validators');

const kSkip = Symbol('kSkip');

function checkOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options != null && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function abortedError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

function guard(signal) {
  if (signal && signal.aborted) throw abortedError(signal);
}

const kEnd = Symbol('kEnd');

// Runs fn over the source with at most `concurrency` calls running and at
// most `queueLimit` results waiting to be taken (as node: a fast call does
// not wait for a slow one before it, but the source is not read further
// ahead than that); yields the results in source order (kSkip results are
// dropped). fn gets a signal of its own, aborted with the caller's.
async function* runOrdered(source, fn, concurrency, queueLimit, userSignal) {
  const controller = new AbortController();
  const signal = controller.signal;
  const fnOptions = { signal };
  const onAbort = () => controller.abort(userSignal.reason);
  // (As in node, an abort reaches a call only through its signal: a call
  // that ignores it is waited for.)
  if (userSignal) {
    if (userSignal.aborted) onAbort();
    else userSignal.addEventListener('abort', onAbort, { once: true });
  }
  const queue = [];
  let running = 0;
  let done = false;
  let wakeConsumer = null;
  let wakeProducer = null;
  const pokeConsumer = () => {
    const fn = wakeConsumer;
    wakeConsumer = null;
    if (fn !== null) fn();
  };
  const maybeResume = () => {
    if (wakeProducer !== null && !done && running < concurrency && queue.length < queueLimit) {
      const fn = wakeProducer;
      wakeProducer = null;
      fn();
    }
  };
  const settled = () => {
    running--;
    maybeResume();
  };
  const failed = () => {
    done = true;
    settled();
  };

  const pump = async () => {
    try {
      for await (const value of source) {
        if (done) return;
        guard(userSignal);
        let result;
        try {
          result = fn(value, fnOptions);
          if (result === kSkip) continue;
          result = Promise.resolve(result);
        } catch (err) {
          result = Promise.reject(err);
        }
        running++;
        result.then(settled, failed);
        queue.push(result);
        pokeConsumer();
        if (!done && (queue.length >= queueLimit || running >= concurrency)) {
          await new Promise((resolve) => { wakeProducer = resolve; });
        }
      }
      queue.push(kEnd);
    } catch (err) {
      const result = Promise.reject(err);
      result.catch(() => {});
      queue.push(result);
    } finally {
      done = true;
      pokeConsumer();
      if (userSignal) userSignal.removeEventListener('abort', onAbort);
    }
  };
  pump();

  try {
    for (;;) {
      while (queue.length > 0) {
        const result = await queue[0];
        if (result === kEnd) return;
        guard(userSignal);
        if (result !== kSkip) yield result;
        queue.shift();
        maybeResume();
      }
      await new Promise((resolve) => { wakeConsumer = resolve; });
    }
  } finally {
    done = true;
    if (wakeProducer !== null) {
      const fn = wakeProducer;
      wakeProducer = null;
      fn();
    }
  }
}

function concurrencyOf(options) {
  let n = 1;
  if (options != null && options.concurrency != null) n = Math.floor(options.concurrency);
  validateInteger(n, 'options.concurrency', 1);
  return n;
}

// How many results may wait: options.highWaterMark (default concurrency - 1)
// on top of the calls running.
function queueLimitOf(options, concurrency) {
  let n = concurrency - 1;
  if (options != null && options.highWaterMark != null) n = Math.floor(options.highWaterMark);
  validateInteger(n, 'options.highWaterMark', 0);
  return n + concurrency;
}

function runWith(source, fn, options) {
  const concurrency = concurrencyOf(options);
  return runOrdered(source, fn, concurrency, queueLimitOf(options, concurrency), options && options.signal);
}

function install(Readable) {
  // (The caller's signal is not the stream's: as in node, an abort ends it
  // only through the operator's own checks and the signal its calls get.)
  const wrap = (gen) => Readable.from(gen, { objectMode: true });
  const proto = Readable.prototype;

  proto.map = function map(fn, options) {
    if (new.target) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    validateFunction(fn, 'fn');
    checkOptions(options);
    return wrap(runWith(this, fn, options));
  };

  // The values fn accepts, as a plain async generator: find, some and every
  // read it directly, so that no stream reads ahead and calls fn once more
  // after the answer is known.
  function hitsOf(source, fn, options) {
    const test = async (v, o) => ((await fn(v, o)) ? v : kSkip);
    return runWith(source, test, options);
  }

  proto.filter = function filter(fn, options) {
    if (new.target) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    validateFunction(fn, 'fn');
    checkOptions(options);
    return wrap(hitsOf(this, fn, options));
  };

  proto.flatMap = function flatMap(fn, options) {
    if (new.target) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    validateFunction(fn, 'fn');
    checkOptions(options);
    const inner = runWith(this, fn, options);
    return wrap((async function* () {
      for await (const many of inner) yield* many;
    })());
  };

  // As node: any value is made a number (NaN, from 'cat' say, counts as 0);
  // a fraction is kept, so take(1.5) gives two values.
  function countArg(n) {
    const v = Number(n);
    if (Number.isNaN(v)) return 0;
    if (v < 0) throw new codes.ERR_OUT_OF_RANGE('number', '>= 0', v);
    return v;
  }

  // (drop, take, some and every declare their options with a default, which
  // gives them node's .length of 1.)

  // The values after the first `skip`, at most `limit` of them.
  function slice(source, skip, limit, options) {
    checkOptions(options);
    const signal = options && options.signal;
    return wrap((async function* () {
      let toSkip = skip;
      let left = limit;
      guard(signal);
      if (left <= 0) return;
      for await (const v of source) {
        guard(signal);
        if (toSkip > 0) {
          toSkip--;
          continue;
        }
        yield v;
        if (--left <= 0) return;
      }
    })());
  }

  proto.drop = function drop(number, options = undefined) {
    if (new.target) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    if (options != null) validateObject(options, 'options');
    return slice(this, countArg(number), Infinity, options);
  };

  proto.take = function take(number, options = undefined) {
    if (new.target) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    if (options != null) validateObject(options, 'options');
    return slice(this, 0, countArg(number), options);
  };

  proto.compose = function compose(stream, options) {
    if (new.target) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    checkOptions(options);
    const composed = require('internal/streams/pipeline').compose(this, stream);
    if (options && options.signal) require('internal/streams/signal').addAbortSignal(options.signal, composed);
    return composed;
  };

  proto.forEach = async function forEach(fn, options) {
    validateFunction(fn, 'fn');
    checkOptions(options);
    const each = async (v, o) => {
      await fn(v, o);
      return kSkip;
    };
    for await (const unused of runWith(this, each, options)); // eslint-disable-line no-unused-vars
  };

  proto.toArray = async function toArray(options) {
    checkOptions(options);
    const signal = options && options.signal;
    const out = [];
    for await (const v of this) {
      guard(signal);
      out.push(v);
    }
    return out;
  };

  proto.find = async function find(fn, options) {
    validateFunction(fn, 'fn');
    checkOptions(options);
    for await (const v of hitsOf(this, fn, options)) return v;
    return undefined;
  };

  proto.some = async function some(fn, options = undefined) {
    validateFunction(fn, 'fn');
    checkOptions(options);
    for await (const unused of hitsOf(this, fn, options)) return true; // eslint-disable-line no-unused-vars
    return false;
  };

  proto.every = async function every(fn, options = undefined) {
    validateFunction(fn, 'fn');
    return !(await proto.some.call(this, async (...args) => !(await fn(...args)), options));
  };

  proto.reduce = async function reduce(reducer, initial, options) {
    validateFunction(reducer, 'reducer');
    checkOptions(options);
    const signal = options && options.signal;
    let acc = initial;
    let seeded = arguments.length > 1;
    if (signal && signal.aborted) {
      // The stream is destroyed with the error (which the promise carries).
      const err = abortedError(signal);
      this.once('error', () => {});
      await require('internal/streams/finished').finishedPromise(this.destroy(err));
      throw err;
    }
    // The reducer's own signal: aborted with the caller's, and once the
    // reduction is over.
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
    const fnOptions = { signal: controller.signal };
    try {
      for await (const v of this) {
        guard(signal);
        if (!seeded) {
          acc = v;
          seeded = true;
        } else {
          acc = await reducer(acc, v, fnOptions);
        }
      }
    } finally {
      if (signal) signal.removeEventListener('abort', onAbort);
      controller.abort();
    }
    if (!seeded) {
      const err = new codes.ERR_MISSING_ARGS('reduce');
      err.message = 'Reduce of an empty stream requires an initial value';
      throw err;
    }
    return acc;
  };

  // Not enumerable (compose excepted), as node defines them; the ones
  // returning a stream also refuse `new`, as node's do.
  for (const name of ['map', 'filter', 'flatMap', 'drop', 'take', 'forEach', 'toArray', 'find', 'some', 'every',
    'reduce']) {
    Object.defineProperty(proto, name, { __proto__: null, enumerable: false });
  }
}

module.exports = { install };
