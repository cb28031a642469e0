'use strict';
// perf_hooks histograms. Values are kept the way an HdrHistogram keeps
// them (the public HdrHistogram bucket layout: 2 * 10^figures values at
// unit resolution, then buckets of doubling unit size), so min, max, mean,
// stddev and percentiles round exactly as Node's (which uses HdrHistogram)
// do. Counts live in a Map keyed by bucket start, so only recorded buckets
// cost memory.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateInteger, validateNumber, validateObject } = require('internal/validators');
const { kEmptyObject, customInspectSymbol } = require('internal/util');

const kEmptyMin = 9223372036854776000;
const kMaxBigInt = 2n ** 63n - 1n;
const kConstructToken = Symbol('kConstructToken');

// Module-private access to a histogram's state (set in Histogram's static
// block), so the public prototypes carry only Node's API.
let isHistogram;
let recordInto;
let addInto;

function outOfRangeValue() {
  const err = new RangeError('value is out of range');
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

// floor(log2(v)) for 1 <= v < 2^64 (v a number).
function log2Floor(v) {
  return v < 2 ** 31 ? 31 - Math.clz32(v) : Math.floor(Math.log2(v));
}

class Histogram {
  #lowest;
  #highest;
  #unitMagnitude;
  #halfCountMagnitude;
  #subBucketMask;
  #counts = new Map();
  #count = 0;
  #exceeds = 0;
  #min = kEmptyMin;
  #max = 0;

  constructor(token, lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3) {
    if (token !== kConstructToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#lowest = lowest;
    this.#highest = highest;
    const subBucketCountMagnitude = Math.ceil(Math.log2(2 * 10 ** figures));
    this.#halfCountMagnitude = Math.max(subBucketCountMagnitude, 1) - 1;
    this.#unitMagnitude = log2Floor(lowest);
    this.#subBucketMask = (2 ** subBucketCountMagnitude - 1) * 2 ** this.#unitMagnitude;
  }

  static {
    isHistogram = (value) => value !== null && typeof value === 'object' && #counts in value;
    recordInto = (histogram, v) => histogram.#recordValue(v);
    addInto = (histogram, other) => histogram.#addFrom(other);
  }

  // [lowest equivalent value, size of the equivalent range] of v's bucket.
  #bucketOf(v) {
    // v | mask, in floating point: both are below 2^64.
    const ored = v >= this.#subBucketMask ? v : this.#subBucketMask;
    const bucket = log2Floor(ored) + 1 - this.#unitMagnitude - (this.#halfCountMagnitude + 1);
    const shift = 2 ** (bucket + this.#unitMagnitude);
    const lowest = Math.floor(v / shift) * shift;
    return [lowest, shift];
  }

  #lowestEquivalent(v) {
    return this.#bucketOf(v)[0];
  }

  #highestEquivalent(v) {
    const [lowest, size] = this.#bucketOf(v);
    return lowest + size - 1;
  }

  #medianEquivalent(v) {
    const [lowest, size] = this.#bucketOf(v);
    return lowest + Math.floor(size / 2);
  }

  #recordValue(v) {
    if (v > this.#highest) {
      this.#exceeds++;
      return;
    }
    const key = this.#lowestEquivalent(v);
    this.#counts.set(key, (this.#counts.get(key) || 0) + 1);
    this.#count++;
    if (v < this.#min) this.#min = v;
    if (v > this.#max) this.#max = v;
  }

  #addFrom(other) {
    for (const [key, n] of other.#counts) {
      const at = this.#lowestEquivalent(key);
      this.#counts.set(at, (this.#counts.get(at) || 0) + n);
    }
    this.#count += other.#count;
    this.#exceeds += other.#exceeds;
    if (other.#count > 0) {
      if (other.#min < this.#min) this.#min = other.#min;
      if (other.#max > this.#max) this.#max = other.#max;
    }
  }

  #sortedBuckets() {
    return [...this.#counts].sort((a, b) => a[0] - b[0]);
  }

  // The statistical moments over bucket midpoints, as HdrHistogram does.
  #moments() {
    const total = this.#count;
    if (total === 0) return { mean: NaN, stddev: NaN, skewness: 0, kurtosis: 0 };
    let sum = 0;
    for (const [key, n] of this.#counts) sum += this.#medianEquivalent(key) * n;
    const mean = sum / total;
    let m2 = 0;
    let m3 = 0;
    let m4 = 0;
    for (const [key, n] of this.#counts) {
      const d = this.#medianEquivalent(key) - mean;
      m2 += d * d * n;
      m3 += d * d * d * n;
      m4 += d * d * d * d * n;
    }
    m2 /= total;
    m3 /= total;
    m4 /= total;
    return {
      mean,
      stddev: Math.sqrt(m2),
      skewness: m2 === 0 ? 0 : m3 / m2 ** 1.5,
      kurtosis: m2 === 0 ? 0 : m4 / (m2 * m2) - 3,
    };
  }

  get count() {
    checkThis(this);
    return this.#count;
  }

  get min() {
    checkThis(this);
    return this.#count === 0 ? kEmptyMin : this.#lowestEquivalent(this.#min);
  }

  get max() {
    checkThis(this);
    return this.#count === 0 ? 0 : this.#highestEquivalent(this.#max);
  }

  get mean() {
    checkThis(this);
    return this.#moments().mean;
  }

  get stddev() {
    checkThis(this);
    return this.#moments().stddev;
  }

  get exceeds() {
    checkThis(this);
    return this.#exceeds;
  }

  percentile(percentile) {
    checkThis(this);
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) {
      throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    if (this.#count === 0) return 0;
    const wanted = Math.max(Math.ceil((percentile / 100) * this.#count), 1);
    let seen = 0;
    for (const [key, n] of this.#sortedBuckets()) {
      seen += n;
      if (seen >= wanted) return this.#highestEquivalent(key);
    }
    return 0;
  }

  // The percentile levels HdrHistogram's percentile iterator reports with
  // one tick per half distance: 0, 50, 75, 87.5, ... up to the last
  // recorded value, then 100.
  #percentileMap(toValue) {
    const map = new Map();
    const total = this.#count;
    if (total === 0) {
      map.set(100, toValue(0));
      return map;
    }
    let level = 0;
    let seen = 0;
    let last = 0;
    for (const [key, n] of this.#sortedBuckets()) {
      seen += n;
      last = key;
      const reached = (100 * seen) / total;
      // The bucket that completes the count reports one level at most;
      // the iteration then ends with 100.
      const final = seen === total;
      while (level <= reached) {
        map.set(level, toValue(key));
        const halfDistance = 2 ** (Math.floor(Math.log2(100 / (100 - level))) + 1);
        level += 100 / halfDistance;
        if (final) break;
      }
    }
    map.set(100, toValue(last));
    return map;
  }

  get percentiles() {
    checkThis(this);
    return this.#percentileMap((v) => v);
  }

  get percentilesBigInt() {
    checkThis(this);
    return this.#percentileMap(BigInt);
  }

  reset() {
    checkThis(this);
    this.#counts.clear();
    this.#count = 0;
    this.#exceeds = 0;
    this.#min = kEmptyMin;
    this.#max = 0;
  }

  // The statistics in the order util.inspect shows them.
  #summary() {
    return {
      min: this.min,
      max: this.max,
      ...this.#moments(),
      exceeds: this.#exceeds,
      count: this.#count,
      percentiles: this.percentiles,
    };
  }

  toJSON() {
    checkThis(this);
    const { min, max, mean, exceeds, stddev, skewness, kurtosis, count, percentiles } = this.#summary();
    return {
      count, min, max, mean, exceeds, stddev, skewness, kurtosis, percentiles: Object.fromEntries(percentiles),
    };
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return `[${isInterval(this) ? 'ELDHistogram' : 'RecordableHistogram'}]`;
    const { min, max, mean, exceeds, stddev, skewness, kurtosis, count, percentiles } = this.#summary();
    const shown = { min, max, mean, exceeds, stddev, skewness, kurtosis, count, percentiles };
    return `Histogram ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

}


// The *BigInt twins of the numeric getters; an empty histogram's min is
// 2^63 - 1 exactly, which the number cannot hold.
for (const key of ['count', 'min', 'max', 'exceeds']) {
  const numeric = Object.getOwnPropertyDescriptor(Histogram.prototype, key).get;
  const name = `${key}BigInt`;
  const get = {
    [name]() {
      const value = numeric.call(this);
      return key === 'min' && value === kEmptyMin ? kMaxBigInt : BigInt(value);
    },
  }[name];
  Object.defineProperty(Histogram.prototype, name, { __proto__: null, get, enumerable: false, configurable: true });
}
Object.defineProperty(Histogram.prototype, 'percentileBigInt', {
  __proto__: null,
  value: function percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  },
  writable: true,
  enumerable: false,
  configurable: true,
});

function checkThis(value) {
  if (!isHistogram(value)) throw new ERR_INVALID_THIS('Histogram');
}

// Values are numbers in 1..MAX_SAFE_INTEGER or bigints in 1..2^63-1.
function checkValue(val) {
  if (typeof val === 'bigint') {
    if (val < 1n || val > kMaxBigInt) throw outOfRangeValue();
    return Number(val);
  }
  validateInteger(val, 'val', 1);
  return val;
}

class RecordableHistogram extends Histogram {
  #previous = undefined;

  constructor(token, lowest, highest, figures) {
    if (token !== kConstructToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(token, lowest, highest, figures);
  }

  static isRecordable(value) {
    return value !== null && typeof value === 'object' && #previous in value;
  }

  record(val) {
    checkRecordable(this);
    recordInto(this, checkValue(val));
  }

  // Records the time since the previous call (nothing on the first call).
  recordDelta() {
    checkRecordable(this);
    const now = hrtimeNs();
    if (this.#previous !== undefined) recordInto(this, Math.max(now - this.#previous, 1));
    this.#previous = now;
  }

  add(other) {
    checkRecordable(this);
    if (!isRecordable(other)) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    addInto(this, other);
  }
}

const isRecordable = RecordableHistogram.isRecordable;
delete RecordableHistogram.isRecordable;

function checkRecordable(value) {
  if (!isRecordable(value)) throw new ERR_INVALID_THIS('RecordableHistogram');
}

let processMethods;
function hrtimeNs() {
  if (processMethods === undefined) processMethods = internalBinding('process_methods');
  return processMethods.hrtimeNs();
}

// createHistogram([{ lowest, highest, figures }])
function createHistogram(options = kEmptyObject) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  const lo = typeof lowest === 'bigint' ? Number(lowest) : lowest;
  const hi = typeof highest === 'bigint' ? Number(highest) : highest;
  validateInteger(lo, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  validateInteger(hi, 'options.highest', 0, Number.MAX_SAFE_INTEGER);
  if (hi < 2 * lo) throw new ERR_OUT_OF_RANGE('options.highest', `>= 2 * options.lowest (${2 * lo}n)`, highest);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kConstructToken, lo, hi, figures);
}

// monitorEventLoopDelay: a repeating, unref'd timer every `resolution` ms
// records the time between its firings (in nanoseconds).
class IntervalHistogram extends Histogram {
  #resolution;
  #timer = undefined;
  #last = undefined;

  constructor(token, resolution) {
    if (token !== kConstructToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(token, 1, Number.MAX_SAFE_INTEGER, 3);
    this.#resolution = resolution;
  }

  static isInterval(value) {
    return value !== null && typeof value === 'object' && #resolution in value;
  }

  enable() {
    checkInterval(this);
    if (this.#timer !== undefined) return false;
    this.#last = undefined;
    const { setInterval } = require('timers');
    // Each sample is the time between two firings: the resolution plus
    // however long the loop was blocked. The first firing only starts the
    // count.
    this.#timer = setInterval(() => {
      const now = hrtimeNs();
      if (this.#last !== undefined) recordInto(this, Math.max(Math.round(now - this.#last), 1));
      this.#last = now;
    }, this.#resolution);
    this.#timer.unref();
    return true;
  }

  disable() {
    checkInterval(this);
    if (this.#timer === undefined) return false;
    require('timers').clearInterval(this.#timer);
    this.#timer = undefined;
    return true;
  }
}

if (typeof Symbol.dispose === 'symbol') {
  Object.defineProperty(IntervalHistogram.prototype, Symbol.dispose, {
    __proto__: null,
    value: function dispose() {
      this.disable();
    },
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

const isInterval = IntervalHistogram.isInterval;
delete IntervalHistogram.isInterval;

function checkInterval(value) {
  if (!isInterval(value)) throw new ERR_INVALID_THIS('ELDHistogram');
}

function monitorEventLoopDelay(options = kEmptyObject) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateNumber(resolution, 'options.resolution');
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kConstructToken, resolution);
}
Object.defineProperty(IntervalHistogram, 'name', { __proto__: null, value: 'ELDHistogram' });

module.exports = {
  Histogram,
  RecordableHistogram,
  IntervalHistogram,
  createHistogram,
  monitorEventLoopDelay,
  isRecordable,
};
