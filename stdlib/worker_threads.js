'use strict';
// node:worker_threads as seen from the main thread of a Jolt process.
//
// Jolt cannot start a Worker yet: that needs a second JavaScriptCore
// context on its own thread with its own event loop, and ports that cross
// threads. So `new Worker(...)` checks its filename argument as Node does
// and then throws ERR_JOLT_NOT_IMPLEMENTED. Everything that makes sense on
// the main thread alone works: the channel classes (from internal/messaging,
// same objects as the globals), receiveMessageOnPort, the transfer marks and
// the environment data of this thread.

const EventEmitter = require('events');
const { codes } = require('internal/errors');
const messaging = require('internal/messaging');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

class Worker extends EventEmitter {
  constructor(filename, options = undefined) {
    const isURL = filename !== null && typeof filename === 'object' && typeof filename.href === 'string';
    if (typeof filename !== 'string' && !isURL) {
      throw new codes.ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
    }
    super();
    throw new codes.ERR_JOLT_NOT_IMPLEMENTED('worker_threads.Worker (threads)');
  }
}

// Per-thread values handed down to workers; with no workers they are only
// read back here. Stored as clones, as they would be sent to a worker.
const environmentData = new Map();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, structuredClone(value));
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

function moveMessagePortToContext() {
  throw new codes.ERR_JOLT_NOT_IMPLEMENTED('worker_threads.moveMessagePortToContext()');
}

function postMessageToThread() {
  return Promise.reject(new codes.ERR_JOLT_NOT_IMPLEMENTED('worker_threads.postMessageToThread()'));
}

module.exports = {
  isInternalThread: false,
  isMainThread: true,
  MessagePort: messaging.MessagePort,
  MessageChannel: messaging.MessageChannel,
  // Only postMessage honours it (for the message itself, not nested values).
  markAsUncloneable: messaging.markAsUncloneable,
  markAsUntransferable: messaging.markAsUntransferable,
  isMarkedAsUntransferable: messaging.isMarkedAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort: messaging.receiveMessageOnPort,
  resourceLimits: {},
  postMessageToThread,
  threadId: 0,
  threadName: '',
  SHARE_ENV,
  Worker,
  parentPort: null,
  workerData: null,
  BroadcastChannel: messaging.BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
