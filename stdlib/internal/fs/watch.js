'use strict';
// fs.watch (inotify through the binding, read on the loop), the async
// iterator of fs/promises' watch, and watchFile/unwatchFile (stat polling on
// a timer).

const fsb = internalBinding('fs_ops');
const EventEmitter = require('events');
const pathModule = require('path');
const {
  toPathString, getOptions, encodeName, validateBoolean, validateFunction, checkEncoding,
} = require('internal/fs/utils');

const kWatchDefaults = { __proto__: null, persistent: true, recursive: false, encoding: 'utf8' };

// Adds a watch for `dir` and every directory below it (recursive watchers).
function addTree(id, root, rel) {
  const full = rel === '' ? root : `${root}/${rel}`;
  fsb.watchAdd(id, full, rel === '' ? '' : `${rel}/`, false);
  let listing;
  try {
    listing = fsb.readdir(full, true);
  } catch {
    return;
  }
  const [names, types] = listing;
  for (let i = 0; i < names.length; i++) {
    if (types[i] === 2) addTree(id, root, rel === '' ? names[i] : `${rel}/${names[i]}`);
  }
}

class FSWatcher extends EventEmitter {
  #id = 0;
  #encoding = 'utf8';

  start(filename, persistent, recursive, encoding) {
    this.#encoding = encoding;
    const path = toPathString(filename, 'filename');
    const id = fsb.watchOpen((eventType, name) => {
      if (recursive && eventType === 'rename' && name !== '') {
        // A directory created under a recursive watch is watched too.
        try {
          const st = fsb.lstat(`${path}/${name}`, false);
          if ((st[1] & 0o170000) === 0o40000) addTree(this.#id, path, name);
        } catch {
          // Gone already: nothing to add.
        }
      }
      this.emit('change', eventType, encodeName(name, this.#encoding));
    });
    try {
      let isFile = false;
      try {
        isFile = (fsb.stat(path, false)[1] & 0o170000) !== 0o40000;
      } catch {
        // The add below reports the error the way node does.
      }
      if (recursive && !isFile) addTree(id, path, '');
      else fsb.watchAdd(id, path, '', isFile);
    } catch (err) {
      fsb.watchClose(id);
      err.filename = path;
      throw err;
    }
    this.#id = id;
    if (!persistent) fsb.watchRef(id, false);
  }

  close() {
    if (this.#id === 0) return;
    fsb.watchClose(this.#id);
    this.#id = 0;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this.#id !== 0) fsb.watchRef(this.#id, true);
    return this;
  }

  unref() {
    if (this.#id !== 0) fsb.watchRef(this.#id, false);
    return this;
  }
}

function watchOptions(options) {
  const opts = getOptions(options, kWatchDefaults);
  validateBoolean(opts.persistent, 'options.persistent');
  validateBoolean(opts.recursive, 'options.recursive');
  return opts;
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const opts = watchOptions(options);
  const watcher = new FSWatcher();
  watcher.start(filename, opts.persistent, opts.recursive, opts.encoding);
  if (listener) watcher.on('change', listener);
  const signal = opts.signal;
  if (signal) {
    if (signal.aborted) process.nextTick(() => watcher.close());
    else signal.addEventListener('abort', () => watcher.close(), { once: true });
  }
  return watcher;
}

// fs/promises watch(): an async iterator of { eventType, filename }.
// An async generator, so argument errors reject the first next() as in node.
// Events queue up to maxQueue; past it they are dropped with a warning, or
// with overflow: 'error' the iteration fails.
async function* watchAsync(filename, options = {}) {
  const path = toPathString(filename);
  const validators = require('internal/validators');
  validators.validateObject(options, 'options');
  const {
    persistent = true, recursive = false, encoding = 'utf8', maxQueue = 2048, overflow = 'ignore', signal,
  } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validators.validateInteger(maxQueue, 'options.maxQueue');
  validators.validateOneOf(overflow, 'options.overflow', ['ignore', 'error']);
  validators.validateAbortSignal(signal, 'options.signal');
  checkEncoding(encoding);
  const aborted = () => new (require('internal/errors').AbortError)(undefined, { cause: signal.reason });
  if (signal?.aborted) throw aborted();

  const watcher = new FSWatcher();
  const queue = [];
  let wake = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const onAbort = () => {
    watcher.close();
    notify();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    watcher.start(path, persistent, recursive, encoding);
    watcher.on('change', (eventType, name) => {
      if (queue.length < maxQueue) {
        queue.push({ __proto__: null, eventType, filename: name });
      } else if (overflow === 'error') {
        queue.length = 0;
        queue.push(new (require('internal/errors').codes.ERR_FS_WATCH_QUEUE_OVERFLOW)(maxQueue));
      } else {
        process.emitWarning('fs.watch maxQueue exceeded');
        return;
      }
      notify();
    });
    while (!signal?.aborted) {
      if (queue.length === 0) await new Promise((resolve) => { wake = resolve; });
      while (queue.length) {
        const item = queue.shift();
        if (item instanceof Error) throw item;
        yield item;
      }
    }
    throw aborted();
  } finally {
    watcher.close();
    signal?.removeEventListener('abort', onAbort);
  }
}

// ---- watchFile ------------------------------------------------------------------

const statWatchers = new Map();

const kZeroStats = new Float64Array(18);

// Like libuv's fs_poll: a failing stat is reported (with zeroed stats) when
// it starts failing, including on the first poll, and not again while it
// fails the same way; a success after a failure is always reported.
class StatWatcher extends EventEmitter {
  #timer = null;
  #prev = null;
  #bigint = false;
  #path = '';
  #failed = 0;  // errno of the failing stat, or 0

  start(path, interval, persistent, bigint) {
    this.#path = path;
    this.#bigint = bigint;
    const [first, errno] = this.#read();
    this.#prev = first;
    this.#failed = errno;
    if (errno !== 0) process.nextTick(() => this.#emitChange(first, first));
    this.#timer = setInterval(() => this.#poll(), interval);
    if (!persistent) this.#timer.unref();
  }

  // [stat array, 0] or [zeroed array, errno].
  #read() {
    try {
      return [fsb.stat(this.#path, this.#bigint), 0];
    } catch (err) {
      return [this.#bigint ? new BigInt64Array(18) : kZeroStats, err.errno || -1];
    }
  }

  #emitChange(cur, prev) {
    const { statsFromArray } = require('internal/fs/stats');
    this.emit('change', statsFromArray(cur), statsFromArray(prev));
  }

  #poll() {
    const [cur, errno] = this.#read();
    const prev = this.#prev;
    const wasFailing = this.#failed !== 0;
    if (errno !== 0 && errno === this.#failed) return;
    this.#failed = errno;
    if (errno === 0 && !wasFailing) {
      let same = true;
      for (let i = 0; i < cur.length && same; i++) {
        if (i === 10 || i === 11) continue;  // atime
        same = cur[i] === prev[i];
      }
      if (same) return;
    }
    this.#prev = cur;
    this.#emitChange(cur, prev);
  }

  // Stopping a stopped watcher does nothing (one 'stop' event only).
  stop() {
    if (this.#timer === null) return;
    clearInterval(this.#timer);
    this.#timer = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() { this.#timer?.ref(); return this; }
  unref() { this.#timer?.unref(); return this; }
}

function watchFile(filename, options, listener) {
  const path = pathModule.resolve(toPathString(filename, 'filename'));
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const opts = { __proto__: null, interval: 5007, persistent: true, bigint: false, ...options };
  validateFunction(listener, 'listener');
  let watcher = statWatchers.get(path);
  if (watcher === undefined) {
    watcher = new StatWatcher();
    watcher.start(path, opts.interval, opts.persistent, opts.bigint === true);
    statWatchers.set(path, watcher);
  }
  watcher.on('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  const path = pathModule.resolve(toPathString(filename, 'filename'));
  const watcher = statWatchers.get(path);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(path);
  }
}

module.exports = { watch, watchAsync, watchFile, unwatchFile, FSWatcher, StatWatcher };


