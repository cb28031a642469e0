'use strict';
// process.nextTick, queueMicrotask, and the hooks that give Node's ordering.
//
// JSC runs promise jobs when the outermost native->JS call returns. Every
// callback from the loop therefore enters through runCallback, which runs the
// callback and then the nextTick queue; JSC then runs the promise jobs; the
// runtime calls processTicks again while tickInfo says more ticks or
// unhandled rejections are waiting. Ticks thus always run before promise
// jobs, and jobs before the next batch of ticks, as in Node.

const binding = internalBinding('task_queue');
const { kHasTickScheduled, kHasRejectionToWarn } = binding;
// The flags the runtime reads after each callback, shared as an Int32Array
// made on first need (the first tick or reported rejection): until then
// both are 0, and a typed array costs start-up time.
let tickInfo = null;
function flags() {
  if (tickInfo === null) tickInfo = binding.tickInfo();
  return tickInfo;
}

// A queue of fixed-size ring buffers (Node's FixedQueue): O(1) push/shift, no
// array shifting. A tick takes three slots: its callback, its argument
// count, and its one argument or an array of them, so that the common
// ticks (no argument or one) allocate nothing.
const kSize = 2048;
const kMask = kSize - 1;
const kSlots = 3;
class RingBuffer {
  constructor() {
    this.bottom = 0;
    this.top = 0;
    this.list = new Array(kSize * kSlots);
    this.next = null;
  }
}
// Allocated on the first nextTick: many programs never call it.
let head = null;
let tail = null;

function push(callback, count, payload) {
  if (head === null) {
    head = tail = new RingBuffer();
  } else if (((head.top + 1) & kMask) === head.bottom) {
    head = head.next = new RingBuffer();
  }
  const list = head.list;
  const i = head.top * kSlots;
  list[i] = callback;
  list[i + 1] = count;
  list[i + 2] = payload;
  head.top = (head.top + 1) & kMask;
}

let execution;
function triggerUncaughtException(err, fromPromise) {
  if (execution === undefined) execution = require('internal/process/execution');
  execution.triggerUncaughtException(err, fromPromise);
}

function nextTick(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (process._exiting) return;
  // `arguments` rather than a rest parameter: no array for 0 or 1 argument.
  const n = arguments.length - 1;
  if (n <= 0) {
    push(callback, 0, undefined);
  } else if (n === 1) {
    push(callback, 1, arguments[1]);
  } else {
    const args = new Array(n);
    for (let i = 0; i < n; i++) args[i] = arguments[i + 1];
    push(callback, n, args);
  }
  flags()[kHasTickScheduled] = 1;
}

function runTicks() {
  for (;;) {
    const buf = tail;
    if (buf === null) break;
    const list = buf.list;
    const i = buf.bottom * kSlots;
    const callback = list[i];
    if (callback === undefined) break;
    const count = list[i + 1];
    const payload = list[i + 2];
    list[i] = undefined;
    list[i + 2] = undefined;
    buf.bottom = (buf.bottom + 1) & kMask;
    if (buf.bottom === buf.top && buf.next !== null) tail = buf.next;
    try {
      // Direct calls for the common counts: a spread goes through the
      // engine's generic varargs path.
      if (count === 0) callback();
      else if (count === 1) callback(payload);
      else if (count === 2) callback(payload[0], payload[1]);
      else callback(...payload);
    } catch (err) {
      triggerUncaughtException(err, false);
    }
  }
  flags()[kHasTickScheduled] = 0;
}

// Unhandled rejections are handled by ./rejections, loaded with the first
// one JSC reports: most programs never have one, and its code would cost
// every start-up.
let rejections;
function loadRejections() {
  if (rejections === undefined) rejections = require('internal/process/rejections');
  return rejections;
}

function onUnhandledRejection(promise, reason) {
  loadRejections().onUnhandledRejection(promise, reason);
}

// The runtime calls this while ticks or rejections wait; ticks first, and
// rejections only once a round of promise jobs left no ticks behind.
function processTicks() {
  if (tickInfo[kHasTickScheduled]) {
    runTicks();
    return;
  }
  if (tickInfo[kHasRejectionToWarn]) loadRejections().processPromiseRejections();
}

function runCallback(fn, thisArg, ...args) {
  let result;
  try {
    result = fn.apply(thisArg, args);
  } catch (err) {
    triggerUncaughtException(err, false);
  }
  if (tickInfo !== null && tickInfo[kHasTickScheduled]) runTicks();
  return result;
}

// The same for callbacks the runtime calls with 0, 1 or 2 arguments
// (nearly all of them) and with 6: a direct call, with no rest array and
// no apply per entry. Other counts (dns lookupService's 3, rare) take the
// rest form.
function runCallback0(fn, thisArg) {
  let result;
  try {
    result = fn.call(thisArg);
  } catch (err) {
    triggerUncaughtException(err, false);
  }
  if (tickInfo !== null && tickInfo[kHasTickScheduled]) runTicks();
  return result;
}

function runCallback1(fn, thisArg, a) {
  let result;
  try {
    result = fn.call(thisArg, a);
  } catch (err) {
    triggerUncaughtException(err, false);
  }
  if (tickInfo !== null && tickInfo[kHasTickScheduled]) runTicks();
  return result;
}

function runCallback2(fn, thisArg, a, b) {
  let result;
  try {
    result = fn.call(thisArg, a, b);
  } catch (err) {
    triggerUncaughtException(err, false);
  }
  if (tickInfo !== null && tickInfo[kHasTickScheduled]) runTicks();
  return result;
}

// The HTTP parser's onHeaders (six arguments, once per request).
function runCallback6(fn, thisArg, a, b, c, d, e, f) {
  let result;
  try {
    result = fn.call(thisArg, a, b, c, d, e, f);
  } catch (err) {
    triggerUncaughtException(err, false);
  }
  if (tickInfo !== null && tickInfo[kHasTickScheduled]) runTicks();
  return result;
}

// The HTTP parser's onHeaders for a request whose header fields come as
// trailing arguments: rawHeaders, onHeaders' third argument, is made here
// (an array made through the C API costs several times more). `version`
// packs onHeaders' last three arguments, major * 65536 + minor * 256 +
// flags: up to 8 arguments JSC passes without a heap-allocated list.
function runHeadersCallback(fn, thisArg, method, url, version, ...raw) {
  let result;
  try {
    result = fn.call(thisArg, method, url, raw, version >>> 16, (version >>> 8) & 255, version & 255);
  } catch (err) {
    triggerUncaughtException(err, false);
  }
  if (tickInfo !== null && tickInfo[kHasTickScheduled]) runTicks();
  return result;
}

let resolved;
function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
  // A throw inside a microtask is an uncaught exception in Node; in a
  // promise job it would become a rejection, so catch it here.
  if (resolved === undefined) resolved = Promise.resolve();
  resolved.then(() => {
    try {
      callback();
    } catch (err) {
      triggerUncaughtException(err, false);
    }
  });
}

function installHooks({ runImmediate, emitBeforeExit, emitExit }) {
  binding.setHooks({
    runCallback, runCallback0, runCallback1, runCallback2, runCallback6, runHeadersCallback,
    processTicks, runImmediate, emitBeforeExit, emitExit,
  });
  binding.setUnhandledRejectionCallback(onUnhandledRejection);
}

module.exports = { nextTick, runTicks, queueMicrotask, installHooks, runCallback, flags, triggerUncaughtException };
