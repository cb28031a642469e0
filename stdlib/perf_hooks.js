'use strict';
// node:perf_hooks and the `performance` global: the User Timing marks and
// measures, PerformanceObserver, timerify, nodeTiming, event loop
// utilization and the histograms (internal/perf/histogram).
//
// The clock is the runtime's monotonic clock: performance.now() is the time
// since the process started (timeOrigin), in milliseconds.

// Only what performance.now() and the first mark need is loaded with this
// module (it backs the `performance` global); errors, validators and the
// histograms load on first use.
const { EventTarget } = require('internal/event_target');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const { kEmptyObject } = require('internal/util');

let errorCodes;
// new <code>(...args), registering perf_hooks' own codes on first use.
function makeError(key, ...args) {
  if (errorCodes === undefined) {
    const errors = require('internal/errors');
    errorCodes = errors.codes;
    if (!Object.hasOwn(errorCodes, 'ERR_PERFORMANCE_INVALID_TIMESTAMP')) {
      errors.E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
    }
    if (!Object.hasOwn(errorCodes, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS')) {
      errors.E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
    }
  }
  const err = new errorCodes[key](...args);
  Error.captureStackTrace(err, makeError);
  return err;
}

let validatorsModule;
function validators() {
  if (validatorsModule === undefined) validatorsModule = require('internal/validators');
  return validatorsModule;
}

let histogramModule;
function histogram() {
  if (histogramModule === undefined) histogramModule = require('internal/perf/histogram');
  return histogramModule;
}

const pm = internalBinding('process_methods');
const kStartNs = pm.startTimeNs;
const hrtimeNs = pm.hrtimeNs;

function now() {
  return (hrtimeNs() - kStartNs) / 1e6;
}

// Wall-clock time of the process start, in ms since the epoch.
const kTimeOrigin = Date.now() - now();

const kConstructToken = Symbol('kConstructToken');

let DOMException;
function domException(message, name) {
  if (DOMException === undefined) DOMException = require('internal/dom_exception').DOMException;
  return new DOMException(message, name);
}

let structuredCloneFn;
function cloneDetail(detail) {
  if (detail === undefined) return null;
  if (structuredCloneFn === undefined) structuredCloneFn = require('internal/structured_clone').structuredClone;
  return structuredCloneFn(detail);
}

// String(value) for names and types, failing on a Symbol with V8's
// wording, which programs match on.
function toName(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`;
}

function inspectAs(name, fields, depth, options, inspect) {
  if (depth < 0) return name === 'PerformanceObserver' ? `${name} {}` : `[${name}]`;
  const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(fields, nested)}`;
}

// ---- entries ------------------------------------------------------------------

let isEntry;
let detailOf;
let isEntryList;
let isObserver;

class PerformanceEntry {
  #name;
  #entryType;
  #startTime;
  #duration;
  #detail;

  constructor(token = undefined, name, entryType, startTime, duration, detail = null) {
    if (token !== kConstructToken) throw makeError('ERR_ILLEGAL_CONSTRUCTOR');
    this.#name = name;
    this.#entryType = entryType;
    this.#startTime = startTime;
    this.#duration = duration;
    this.#detail = detail;
  }

  static {
    isEntry = (value) => value !== null && typeof value === 'object' && #name in value;
    detailOf = (entry) => entry.#detail;
  }

  get name() {
    checkEntry(this, 'PerformanceEntry');
    return this.#name;
  }

  get entryType() {
    checkEntry(this, 'PerformanceEntry');
    return this.#entryType;
  }

  get startTime() {
    checkEntry(this, 'PerformanceEntry');
    return this.#startTime;
  }

  get duration() {
    checkEntry(this, 'PerformanceEntry');
    return this.#duration;
  }

  toJSON() {
    checkEntry(this, 'PerformanceEntry');
    return { name: this.#name, entryType: this.#entryType, startTime: this.#startTime, duration: this.#duration };
  }

  [customInspectSymbol](depth, options, inspect) {
    return inspectAs.call(this, 'PerformanceEntry', this.toJSON(), depth, options, inspect);
  }
}

function checkEntry(value, type) {
  if (!isEntry(value)) throw makeError('ERR_INVALID_THIS', type);
}

// new PerformanceMark(name[, { detail, startTime }])
class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw makeError('ERR_MISSING_ARGS', 'name');
    const label = toName(name);
    const v = validators();
    if (options !== undefined) v.validateObject(options, 'options', v.kValidateObjectAllowNullable);
    const startTime = options?.startTime ?? now();
    v.validateNumber(startTime, 'startTime');
    if (startTime < 0) throw makeError('ERR_PERFORMANCE_INVALID_TIMESTAMP', startTime);
    super(kConstructToken, label, 'mark', startTime, 0, cloneDetail(options?.detail));
  }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(token = undefined, name, startTime, duration, detail) {
    if (token !== kConstructToken) throw makeError('ERR_ILLEGAL_CONSTRUCTOR');
    super(token, name, 'measure', startTime, duration, detail);
  }
}

// Entries of Node's own types ('function' from timerify): detail on the
// prototype, and a timerified call's arguments also as indexed properties.
class PerformanceNodeEntry extends PerformanceEntry {
  constructor(token = undefined, name, entryType, startTime, duration, detail) {
    if (token !== kConstructToken) throw makeError('ERR_ILLEGAL_CONSTRUCTOR');
    super(token, name, entryType, startTime, duration, detail);
  }
}

// detail, a toJSON with it, and util.inspect for the entry kinds that
// carry a detail; `brand` names the type in ERR_INVALID_THIS.
function addDetail(C, brand) {
  const detail = {
    __proto__: null,
    get: function detail() {
      checkEntry(this, brand);
      return detailOf(this);
    },
    enumerable: true,
    configurable: true,
  };
  Object.defineProperty(detail.get, 'name', { __proto__: null, value: 'get detail' });
  Object.defineProperties(C.prototype, {
    __proto__: null,
    detail,
    toJSON: {
      __proto__: null,
      value: function toJSON() {
        checkEntry(this, brand);
        return { ...PerformanceEntry.prototype.toJSON.call(this), detail: detailOf(this) };
      },
      writable: true,
      enumerable: true,
      configurable: true,
    },
    [customInspectSymbol]: {
      __proto__: null,
      value(depth, options, inspect) {
        return inspectAs.call(this, C.name, this.toJSON(), depth, options, inspect);
      },
      writable: true,
      enumerable: false,
      configurable: true,
    },
  });
}
addDetail(PerformanceMark, 'PerformanceMark');
addDetail(PerformanceMeasure, 'PerformanceMeasure');
addDetail(PerformanceNodeEntry, 'PerformanceEntry');

// WebIDL members are enumerable; class syntax makes them not.
const kEnumerable = { __proto__: null, enumerable: true };
for (const key of ['name', 'entryType', 'startTime', 'duration', 'toJSON']) {
  Object.defineProperty(PerformanceEntry.prototype, key, kEnumerable);
}

for (const C of [PerformanceMark, PerformanceMeasure]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, {
    __proto__: null, value: C.name, writable: false, enumerable: false, configurable: true,
  });
}

// ---- the timeline buffer ------------------------------------------------------

const marks = [];
const measures = [];
// Latest startTime per mark name, for measure().
const markTimes = new Map();

function byStartTime(a, b) {
  return a.startTime - b.startTime;
}

function removeNamed(list, name) {
  if (name === undefined) {
    list.length = 0;
    return;
  }
  let kept = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i].name !== name) list[kept++] = list[i];
  }
  list.length = kept;
}

// ---- observers ----------------------------------------------------------------

const kSupportedEntryTypes = Object.freeze([
  'dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'quic', 'resource',
]);
// entry type -> Set of observers connected for it.
const observersByType = new Map();

function hasObservers(type) {
  const set = observersByType.get(type);
  return set !== undefined && set.size > 0;
}

let deliverTo;
let takeBuffered;

function enqueue(entry) {
  const set = observersByType.get(entry.entryType);
  if (set === undefined) return;
  for (const observer of set) deliverTo(observer, entry);
}

class PerformanceObserverEntryList {
  #entries;

  constructor(token = undefined, entries) {
    if (token !== kConstructToken) throw makeError('ERR_ILLEGAL_CONSTRUCTOR');
    this.#entries = entries.sort(byStartTime);
  }

  static {
    isEntryList = (value) => value !== null && typeof value === 'object' && #entries in value;
  }

  getEntries() {
    checkList(this);
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    checkList(this);
    if (arguments.length === 0) throw makeError('ERR_MISSING_ARGS', 'type');
    const t = toName(type);
    return this.#entries.filter((e) => e.entryType === t);
  }

  getEntriesByName(name, type = undefined) {
    checkList(this);
    if (arguments.length === 0) throw makeError('ERR_MISSING_ARGS', 'name');
    const n = toName(name);
    const t = type === undefined ? undefined : toName(type);
    return this.#entries.filter((e) => e.name === n && (t === undefined || e.entryType === t));
  }

  [customInspectSymbol](depth, options, inspect) {
    return inspectAs.call(this, 'PerformanceObserverEntryList', this.#entries, depth, options, inspect);
  }
}

function checkList(value) {
  if (!isEntryList(value)) throw makeError('ERR_INVALID_THIS', 'PerformanceObserverEntryList');
}

let setImmediateFn;

class PerformanceObserver {
  #callback;
  #types = new Set();
  // 'multiple' after observe({ entryTypes }), 'single' after observe({ type }).
  #mode = undefined;
  #buffer = [];
  #pending = false;

  constructor(callback) {
    validators().validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static {
    isObserver = (value) => value !== null && typeof value === 'object' && #callback in value;
    deliverTo = (observer, entry) => {
      observer.#buffer.push(entry);
      observer.#schedule();
    };
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  // Callbacks run from an immediate queued by the first entry after the
  // last delivery, as Node does.
  #schedule() {
    if (this.#pending) return;
    this.#pending = true;
    if (setImmediateFn === undefined) setImmediateFn = require('timers').setImmediate;
    setImmediateFn(() => {
      this.#pending = false;
      if (this.#buffer.length === 0) return;
      const list = new PerformanceObserverEntryList(kConstructToken, this.#buffer);
      this.#buffer = [];
      this.#callback.call(this, list, this);
    });
  }

  #connect(type) {
    let set = observersByType.get(type);
    if (set === undefined) {
      set = new Set();
      observersByType.set(type, set);
    }
    set.add(this);
    this.#types.add(type);
  }

  #disconnectAll() {
    for (const type of this.#types) observersByType.get(type)?.delete(this);
    this.#types.clear();
  }

  observe(options = kEmptyObject) {
    checkObserver(this);
    validators().validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw makeError('ERR_MISSING_ARGS', 'options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw makeError('ERR_INVALID_ARG_VALUE', 'options.entryTypes', entryTypes,
        'options.entryTypes can not set with options.type together');
    }
    if (entryTypes !== undefined) {
      if (this.#mode === 'single') {
        throw domException('PerformanceObserver can not change to multiple observations', 'InvalidModificationError');
      }
      if (!Array.isArray(entryTypes) || !entryTypes.every((t) => typeof t === 'string')) {
        throw makeError('ERR_INVALID_ARG_TYPE', 'options.entryTypes', 'string[]', entryTypes);
      }
      const wanted = entryTypes.filter((t) => kSupportedEntryTypes.includes(t));
      if (wanted.length === 0) return;
      this.#mode = 'multiple';
      this.#disconnectAll();
      for (const t of wanted) this.#connect(t);
      return;
    }
    if (this.#mode === 'multiple') {
      throw domException('PerformanceObserver can not change to single observation', 'InvalidModificationError');
    }
    this.#mode = 'single';
    const t = toName(type);
    if (!kSupportedEntryTypes.includes(t)) return;
    this.#connect(t);
    if (buffered) {
      const existing = takeBuffered(t);
      if (existing.length > 0) {
        this.#buffer.push(...existing);
        this.#schedule();
      }
    }
  }

  disconnect() {
    checkObserver(this);
    this.#disconnectAll();
    this.#buffer = [];
    this.#mode = undefined;
  }

  takeRecords() {
    checkObserver(this);
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  [customInspectSymbol](depth, options, inspect) {
    const fields = {
      connected: this.#types.size > 0,
      pending: this.#pending,
      entryTypes: [...this.#types],
      buffer: this.#buffer,
    };
    return inspectAs.call(this, 'PerformanceObserver', fields, depth, options, inspect);
  }
}

function checkObserver(value) {
  if (!isObserver(value)) throw makeError('ERR_INVALID_THIS', 'PerformanceObserver');
}

for (const C of [PerformanceObserver, PerformanceObserverEntryList]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, {
    __proto__: null, value: C.name, writable: false, enumerable: false, configurable: true,
  });
}

takeBuffered = (type) => {
  if (type === 'mark') return marks.slice();
  if (type === 'measure') return measures.slice();
  return [];
};

// ---- Performance -------------------------------------------------------------

// Milestones of this process, relative to timeOrigin. Jolt records only the
// start of the process; the start-up milestones are reported as that start
// (0) and the loop as running from the first read of nodeTiming.
class PerformanceNodeTiming {
  constructor(token = undefined) {
    if (token !== kConstructToken) throw makeError('ERR_ILLEGAL_CONSTRUCTOR');
  }

  get name() { return 'node'; }
  get entryType() { return 'node'; }
  get startTime() { return 0; }
  get duration() { return now(); }
  get nodeStart() { return 0; }
  get v8Start() { return 0; }
  get environment() { return 0; }
  get bootstrapComplete() { return 0; }
  get loopStart() { return loopStart(); }
  get loopExit() { return -1; }
  get idleTime() { return loopStart() === -1 ? 0 : loopBinding().getLoopIdleTime(); }

  toJSON() {
    const json = {};
    for (const key of kNodeTimingFields) json[key] = this[key];
    return json;
  }

  [customInspectSymbol](depth, options, inspect) {
    return inspectAs.call(this, 'PerformanceNodeTiming', this.toJSON(), depth, options, inspect);
  }
}
const kNodeTimingFields = [
  'name', 'entryType', 'startTime', 'duration', 'nodeStart', 'v8Start', 'bootstrapComplete', 'environment',
  'loopStart', 'loopExit', 'idleTime',
];
for (const key of kNodeTimingFields) {
  Object.defineProperty(PerformanceNodeTiming.prototype, key, { __proto__: null, enumerable: true });
}
const nodeTiming = new PerformanceNodeTiming(kConstructToken);
const kMilestones = new Set(['nodeStart', 'v8Start', 'environment', 'bootstrapComplete', 'loopStart', 'loopExit']);

// A measure's start or end: a timestamp, a mark's latest time or a milestone.
function markTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw makeError('ERR_PERFORMANCE_INVALID_TIMESTAMP', name);
    return name;
  }
  const label = toName(name);
  if (kMilestones.has(label)) {
    const t = nodeTiming[label];
    if (t === -1) throw domException(`The "${label}" performance mark has not been set`, 'SyntaxError');
    return t;
  }
  const t = markTimes.get(label);
  if (t === undefined) throw domException(`The "${label}" performance mark has not been set`, 'SyntaxError');
  return t;
}

function measureBounds(startOrOptions, endMark, haveEndArg) {
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    if (haveEndArg && endMark !== undefined) {
      throw makeError('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', 'endMark must not be specified');
    }
    const { start, end, duration, detail } = startOrOptions;
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw makeError('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
        'Must not have options.start, options.end, and options.duration specified');
    }
    if (duration !== undefined) validators().validateNumber(duration, 'options.duration');
    let endTime;
    if (end !== undefined) endTime = markTime(end);
    else if (start !== undefined && duration !== undefined) endTime = markTime(start) + duration;
    else endTime = now();
    let startTime;
    if (start !== undefined) startTime = markTime(start);
    else if (duration !== undefined && end !== undefined) startTime = endTime - duration;
    else startTime = 0;
    return { startTime, endTime, detail };
  }
  const endTime = endMark !== undefined ? markTime(endMark) : now();
  const startTime = startOrOptions !== undefined ? markTime(startOrOptions) : 0;
  return { startTime, endTime, detail: undefined };
}

let isPerformance;

class Performance extends EventTarget {
  #brand = true;

  constructor(token = undefined) {
    if (token !== kConstructToken) throw makeError('ERR_ILLEGAL_CONSTRUCTOR');
    super();
  }

  static {
    isPerformance = (value) => value !== null && typeof value === 'object' && #brand in value;
  }

  now() {
    if (!isPerformance(this)) throw makeError('ERR_INVALID_THIS', 'Performance');
    return (hrtimeNs() - kStartNs) / 1e6;
  }

  get timeOrigin() {
    checkPerformance(this);
    return kTimeOrigin;
  }

  mark(name, options = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw makeError('ERR_MISSING_ARGS', 'name');
    const entry = new PerformanceMark(name, options);
    marks.push(entry);
    markTimes.set(entry.name, entry.startTime);
    enqueue(entry);
    return entry;
  }

  measure(name, startOrOptions = undefined, endMark = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw makeError('ERR_MISSING_ARGS', 'name');
    validators().validateString(name, 'name');
    const { startTime, endTime, detail } = measureBounds(startOrOptions, endMark, arguments.length > 2);
    const entry = new PerformanceMeasure(kConstructToken, name, startTime, endTime - startTime, cloneDetail(detail));
    measures.push(entry);
    enqueue(entry);
    return entry;
  }

  clearMarks(name = undefined) {
    checkPerformance(this);
    const label = name === undefined ? undefined : toName(name);
    removeNamed(marks, label);
    if (label === undefined) markTimes.clear();
    else markTimes.delete(label);
  }

  clearMeasures(name = undefined) {
    checkPerformance(this);
    removeNamed(measures, name === undefined ? undefined : toName(name));
  }

  clearResourceTimings(name = undefined) {
    checkPerformance(this);
  }

  getEntries() {
    checkPerformance(this);
    return [...marks, ...measures].sort(byStartTime);
  }

  getEntriesByName(name, type = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw makeError('ERR_MISSING_ARGS', 'name');
    const label = toName(name);
    const source = type === undefined ? [...marks, ...measures] : takeBuffered(toName(type));
    return source.filter((e) => e.name === label).sort(byStartTime);
  }

  getEntriesByType(type) {
    checkPerformance(this);
    if (arguments.length === 0) throw makeError('ERR_MISSING_ARGS', 'type');
    return takeBuffered(toName(type)).sort(byStartTime);
  }

  setResourceTimingBufferSize(maxSize) {
    checkPerformance(this);
  }

  toJSON() {
    checkPerformance(this);
    return {
      nodeTiming: nodeTiming.toJSON(),
      timeOrigin: kTimeOrigin,
      eventLoopUtilization: eventLoopUtilization(),
    };
  }

  [customInspectSymbol](depth, options, inspect) {
    return inspectAs.call(this, 'Performance', { nodeTiming, timeOrigin: kTimeOrigin }, depth, options, inspect);
  }
}

function checkPerformance(value) {
  if (!isPerformance(value)) throw makeError('ERR_INVALID_THIS', 'Performance');
}

for (const key of Object.getOwnPropertyNames(Performance.prototype)) {
  if (key !== 'constructor') Object.defineProperty(Performance.prototype, key, kEnumerable);
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Performance', writable: false, enumerable: false, configurable: true,
});

// ---- event loop utilization ---------------------------------------------------

// The loop counts the time it waits in the kernel for events (idle); the
// rest since it started is active. Before the loop starts (while the main
// script runs) everything is 0, as in node.
let timersBinding;
function loopBinding() {
  if (timersBinding === undefined) timersBinding = internalBinding('timers');
  return timersBinding;
}

function loopStart() {
  const startNs = loopBinding().getLoopStartNs();
  return startNs === 0 ? -1 : (startNs - kStartNs) / 1e6;
}

function eventLoopUtilization(util1 = undefined, util2 = undefined) {
  const start = loopStart();
  if (start === -1) return { idle: 0, active: 0, utilization: 0 };
  const idle = loopBinding().getLoopIdleTime();
  const elapsed = now() - start;
  const active = elapsed - idle;
  const current = { idle, active, utilization: elapsed > 0 ? active / elapsed : 0 };
  if (util1 === undefined) return current;
  // One argument: the change since it. Two: the first minus the second.
  const [later, earlier] = util2 === undefined ? [current, util1] : [util1, util2];
  const idleDelta = later.idle - earlier.idle;
  const activeDelta = later.active - earlier.active;
  // Plain division, as node: equal arguments give NaN.
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

// ---- timerify -----------------------------------------------------------------

function timerify(fn, options = kEmptyObject) {
  validators().validateFunction(fn, 'fn');
  validators().validateObject(options, 'options');
  const { histogram: target } = options;
  if (target !== undefined && !histogram().isRecordable(target)) {
    throw makeError('ERR_INVALID_ARG_TYPE', 'options.histogram', 'RecordableHistogram', target);
  }
  function report(start, args) {
    const duration = now() - start;
    if (target !== undefined) target.record(Math.max(Math.round(duration * 1e6), 1));
    if (hasObservers('function')) {
      const entry = new PerformanceNodeEntry(kConstructToken, fn.name, 'function', start, duration, args);
      for (let i = 0; i < args.length; i++) entry[i] = args[i];
      enqueue(entry);
    }
  }
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    // A promise is timed until it settles; the caller gets the promise
    // that settles after the report.
    if (require('internal/util/types').isPromise(result)) return result.finally(() => report(start, args));
    report(start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    __proto__: null,
    length: { __proto__: null, value: fn.length, configurable: true },
    name: { __proto__: null, value: `timerified ${fn.name}`, configurable: true },
  });
  return timerified;
}

const performance = new Performance(kConstructToken);
Object.defineProperties(Performance.prototype, {
  __proto__: null,
  eventLoopUtilization: {
    __proto__: null, value: eventLoopUtilization, writable: true, enumerable: false, configurable: true,
  },
  nodeTiming: { __proto__: null, value: nodeTiming, writable: true, enumerable: false, configurable: true },
  timerify: { __proto__: null, value: timerify, writable: true, enumerable: false, configurable: true },
});

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  constants: Object.freeze({
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHASE_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  }),
  createHistogram(options) {
    return histogram().createHistogram(...arguments);
  },
  eventLoopUtilization,
  monitorEventLoopDelay(options) {
    return histogram().monitorEventLoopDelay(...arguments);
  },
  performance,
  timerify,
};
