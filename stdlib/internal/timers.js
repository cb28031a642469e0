'use strict';
// Timeout and Immediate, as Node defines them. Each armed Timeout owns one
// native loop timer (the loop orders them by due time, then start order);
// immediates are a JS queue run by the runtime's check phase, one entry per
// immediate so ticks and promise jobs run between them.

const binding = internalBinding('timers');
const { immediateInfo, kCount, kRefCount } = binding;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHandle = Symbol('handle');
const kHasPrimitive = Symbol('kHasPrimitive');
const kId = Symbol('asyncId');
const kBatch = Symbol('batch');

let nextId = 1;
let warnedNegative = false;
let warnedNaN = false;
// Timeouts whose primitive (id) has been taken, so clearTimeout(id) works.
const knownTimersById = { __proto__: null };

let execution;
function triggerUncaughtException(err) {
  if (execution === undefined) execution = require('internal/process/execution');
  execution.triggerUncaughtException(err, false);
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    const given = after;
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
                            '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      } else if (after < 0 && !warnedNegative) {
        // Node reports a negative or NaN delay once per process.
        warnedNegative = true;
        process.emitWarning(`${after} is a negative number.` +
                            '\nTimeout duration was set to 1.', 'TimeoutNegativeWarning');
      } else if (Number.isNaN(after) && given !== undefined && !warnedNaN) {
        warnedNaN = true;
        process.emitWarning('NaN is not a number.\nTimeout duration was set to 1.', 'TimeoutNaNWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[kId] = nextId++;
    this[kHandle] = null;
  }

  refresh() {
    if (this._idleTimeout !== -1) {
      this._destroyed = false;
      arm(this);
    }
    return this;
  }

  unref() {
    this[kRefed] = false;
    // `this` may be any object (t.unref.bind({})): only a handle is touched.
    if (this[kHandle]) this[kHandle].ref(false);
    return this;
  }

  ref() {
    this[kRefed] = true;
    if (this[kHandle]) this[kHandle].ref(true);
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[kId];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

function arm(timer) {
  let handle = timer[kHandle];
  if (handle === null) handle = timer[kHandle] = binding.createTimer();
  handle.start(timer, timer._idleTimeout, timer._repeat === null ? 0 : timer._repeat);
  handle.ref(timer[kRefed]);
}

// Called by the native timer (through the runtime's trampoline).
function onTimeout(timer) {
  if (timer._destroyed) return;
  const repeatBefore = timer._repeat;
  if (repeatBefore === null) {
    timer._destroyed = true;
    if (timer[kHasPrimitive]) delete knownTimersById[timer[kId]];
  }
  const args = timer._timerArgs;
  try {
    if (typeof timer._onTimeout !== 'function') {
      unenroll(timer);
      return;
    }
    if (args === undefined) timer._onTimeout();
    else timer._onTimeout(...args);
  } catch (err) {
    triggerUncaughtException(err);
  } finally {
    afterRun(timer, repeatBefore);
  }
}

// The callback may have edited the timer's public fields as old code does:
// setting _repeat turns a timeout into an interval; clearing _repeat or
// _onTimeout, or setting _idleTimeout to -1, ends an interval.
function afterRun(timer, repeatBefore) {
  if (timer._idleTimeout === -1) {
    unenroll(timer);
    return;
  }
  const repeat = timer._repeat;
  const goesOn = !!repeat && typeof timer._onTimeout === 'function';
  if (goesOn && repeat !== repeatBefore) {
    timer._destroyed = false;
    timer._idleTimeout = repeat;
    arm(timer);
  } else if (!goesOn && repeatBefore !== null) {
    unenroll(timer);
    timer._idleTimeout = repeatBefore;
  }
}
binding.setTimeoutCallback(onTimeout);

function unenroll(timer) {
  if (timer._destroyed && timer._idleTimeout === -1) return;
  timer._destroyed = true;
  timer._idleTimeout = -1;
  if (timer[kHasPrimitive]) delete knownTimersById[timer[kId]];
  if (timer[kHandle] !== null) timer[kHandle].stop();
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const found = knownTimersById[timer];
    if (found !== undefined) unenroll(found);
  }
}

// ---- immediates ----------------------------------------------------------

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this.ref();
    immediateInfo[kCount]++;
    append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) binding.toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

// The pending queue, and the snapshot the current check phase is running.
let queueHead = null;
let queueTail = null;
let running = null;
let runningTail = null;
// Bumped whenever the pending queue becomes part of the running snapshot:
// an immediate whose kBatch still equals it is in the pending queue.
let pendingBatch = 0;

function append(imm) {
  imm[kBatch] = pendingBatch;
  if (queueTail === null) {
    queueHead = queueTail = imm;
  } else {
    queueTail._idleNext = imm;
    imm._idlePrev = queueTail;
    queueTail = imm;
  }
}

function settle(imm) {
  immediateInfo[kCount]--;
  if (imm[kRefed] === true && --immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
  imm[kRefed] = null;
  imm._destroyed = true;
}

// Runs one immediate; the runtime calls it with isFirst = true at the start
// of a check phase (taking the snapshot) and again while it returns true.
function runImmediate(isFirst) {
  if (isFirst && queueHead !== null) {
    if (running === null) {
      running = queueHead;
    } else {
      runningTail._idleNext = queueHead;
    }
    runningTail = queueTail;
    queueHead = queueTail = null;
    pendingBatch++;
  }
  let imm = running;
  while (imm !== null && imm._destroyed) imm = imm._idleNext;
  if (imm === null) {
    running = runningTail = null;
    return false;
  }
  running = imm._idleNext;
  if (running === null) runningTail = null;
  imm._idleNext = imm._idlePrev = null;
  settle(imm);
  const args = imm._argv;
  try {
    if (args === undefined) imm._onImmediate();
    else imm._onImmediate(...args);
  } catch (err) {
    triggerUncaughtException(err);
  }
  return running !== null;
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || !(immediate instanceof Immediate)) return;
  settle(immediate);
  immediate._onImmediate = null;
  immediate._argv = undefined;
  // Unlink from the pending queue. An entry of the running snapshot stays
  // linked (the snapshot walk goes through it) and is skipped there
  // because it is destroyed.
  if (immediate[kBatch] !== pendingBatch) return;
  const prev = immediate._idlePrev;
  const next = immediate._idleNext;
  if (prev !== null) prev._idleNext = next; else queueHead = next;
  if (next !== null) next._idlePrev = prev; else queueTail = prev;
  immediate._idleNext = immediate._idlePrev = null;
}

module.exports = {
  Timeout, Immediate, TIMEOUT_MAX, arm, clearTimeout, clearImmediate, runImmediate, kRefed,
};
