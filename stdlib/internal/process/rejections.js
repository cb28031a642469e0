'use strict';
// Unhandled promise rejections, reported as Node does in its default mode
// ('throw'): an 'unhandledRejection' listener handles one, else it is an
// uncaught exception. Loaded by internal/process/task_queues with the first
// rejection JSC reports.

const { kHasRejectionToWarn } = internalBinding('task_queue');
const { flags, triggerUncaughtException } = require('internal/process/task_queues');

// Rejections JSC reported as unhandled once the job queue ran dry.
let pendingRejections = [];

function onUnhandledRejection(promise, reason) {
  pendingRejections.push({ promise, reason });
  flags()[kHasRejectionToWarn] = 1;
  watchLateHandlers();
}

// JSC reports a rejection as unhandled when its job queue runs dry, but
// Node waits until the nextTick queue has run too: a handler attached by a
// tick (or a promise job) in between still counts. The C API cannot ask a
// promise whether it has a handler by now, so while reports are pending,
// Promise.prototype.then notes the promises that get one (catch and
// finally go through then).
let originalThen;
function watchLateHandlers() {
  if (originalThen !== undefined) return;
  const then = Promise.prototype.then;
  originalThen = then;
  const watching = {
    then(onFulfilled, onRejected) {
      for (let i = 0; i < pendingRejections.length; i++) {
        if (pendingRejections[i].promise === this) {
          pendingRejections.splice(i, 1);
          break;
        }
      }
      return then.call(this, onFulfilled, onRejected);
    },
  }.then;
  Object.defineProperty(Promise.prototype, 'then', {
    __proto__: null, value: watching, writable: true, enumerable: false, configurable: true,
  });
  watchedThen = watching;
}
let watchedThen;

function unwatchLateHandlers() {
  if (originalThen === undefined) return;
  // Put the original back unless user code replaced `then` meanwhile.
  if (Promise.prototype.then === watchedThen) {
    Object.defineProperty(Promise.prototype, 'then', {
      __proto__: null, value: originalThen, writable: true, enumerable: false, configurable: true,
    });
  }
  originalThen = undefined;
  watchedThen = undefined;
}

function processPromiseRejections() {
  flags()[kHasRejectionToWarn] = 0;
  const list = pendingRejections;
  pendingRejections = [];
  unwatchLateHandlers();
  for (let i = 0; i < list.length; i++) {
    const { promise, reason } = list[i];
    // Node's default mode ('throw'): a listener handles it; else it is an
    // uncaught exception.
    let handled;
    try {
      handled = process.emit('unhandledRejection', reason, promise);
    } catch (err) {
      triggerUncaughtException(err, false);
      continue;
    }
    if (!handled) triggerUncaughtException(reason, true);
  }
}

module.exports = { onUnhandledRejection, processPromiseRejections };
