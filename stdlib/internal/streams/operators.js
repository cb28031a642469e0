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

// Runs fn over the source with at most `limit` calls in flight; yields the
// results in source order (kSkip results are dropped).
async function* runOrdered(source, fn, limit, signal) {
  const iterator = source[Symbol.asyncIterator]();
  const inFlight = [];
  let exhausted = false;
  const fnOptions = { signal };
  let abortWait = null;
  if (signal) {
    abortWait = new Promise((resolve, reject) => {
      if (signal.aborted) reject(abortedError(signal));
      else signal.addEventListener('abort', () => reject(abortedError(signal)), { once: true });
    });
    abortWait.catch(() => {});
  }
  let ok = false;
  try {
    for (;;) {
      while (!exhausted && inFlight.length < limit) {
        const step = await iterator.next();
        guard(signal);
        if (step.done) {
          exhausted = true;
          break;
        }
        const value = step.value;
        const job = (async () => fn(value, fnOptions))();
        job.catch(() => {});
        inFlight.push(job);
      }
      if (inFlight.length === 0) break;
      const next = inFlight.shift();
      const result = abortWait ? await Promise.race([next, abortWait]) : await next;
      guard(signal);
      if (result !== kSkip) yield result;
    }
    ok = true;
  } finally {
    if (!ok && typeof iterator.return === 'function') {
      try {
        await iterator.return();
      } catch {
        // the original failure wins
      }
    }
  }
}

function concurrencyOf(options) {
  let n = 1;
  if (options != null && options.concurrency != null) n = Math.floor(options.concurrency);
  validateInteger(n, 'options.concurrency', 1);
  return n;
}

function install(Readable) {
  const wrap = (gen, options) => Readable.from(gen, { objectMode: true, signal: options && options.signal });
  const proto = Readable.prototype;

  proto.map = function map(fn, options) {
    validateFunction(fn, 'fn');
    checkOptions(options);
    const limit = concurrencyOf(options);
    return wrap(runOrdered(this, fn, limit, options && options.signal), options);
  };

  proto.filter = function filter(fn, options) {
    validateFunction(fn, 'fn');
    checkOptions(options);
    const limit = concurrencyOf(options);
    const test = async (v, o) => ((await fn(v, o)) ? v : kSkip);
    return wrap(runOrdered(this, test, limit, options && options.signal), options);
  };

  proto.flatMap = function flatMap(fn, options) {
    validateFunction(fn, 'fn');
    checkOptions(options);
    const limit = concurrencyOf(options);
    const inner = runOrdered(this, fn, limit, options && options.signal);
    return wrap((async function* () {
      for await (const many of inner) yield* many;
    })(), options);
  };

  // As node: any value is made a number (NaN, from 'cat' say, counts as 0);
  // a fraction is kept, so take(1.5) gives two values.
  function countArg(n) {
    const v = Number(n);
    if (Number.isNaN(v)) return 0;
    if (v < 0) throw new codes.ERR_OUT_OF_RANGE('number', '>= 0', v);
    return v;
  }

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
    })(), options);
  }

  proto.drop = function drop(number, options) {
    if (options != null) validateObject(options, 'options');
    return slice(this, countArg(number), Infinity, options);
  };

  proto.take = function take(number, options) {
    if (options != null) validateObject(options, 'options');
    return slice(this, 0, countArg(number), options);
  };

  proto.compose = function compose(stream, options) {
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
    for await (const unused of runOrdered(this, each, concurrencyOf(options), options && options.signal)); // eslint-disable-line no-unused-vars
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
    const hits = proto.filter.call(this, fn, options);
    for await (const v of hits) {
      hits.destroy();
      return v;
    }
    return undefined;
  };

  proto.some = async function some(fn, options) {
    validateFunction(fn, 'fn');
    checkOptions(options);
    const hits = proto.filter.call(this, fn, options);
    for await (const unused of hits) { // eslint-disable-line no-unused-vars
      hits.destroy();
      return true;
    }
    return false;
  };

  proto.every = async function every(fn, options) {
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
}

module.exports = { install };
