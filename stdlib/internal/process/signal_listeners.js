'use strict';
// process.on('SIGINT', fn) and the other signal events: while a signal name
// has listeners, a native watcher (internalBinding('signal_wrap'), never
// keeping the process alive) emits (name, number) on process for each
// delivery; with none, the signal's default action applies again. Loaded by
// the first listener of an event whose name starts with 'SIG' (the
// newListener/removeListener hooks in internal/process/methods.js).

const { signals } = require('internal/process/signals');

const binding = internalBinding('signal_wrap');
// Signal name -> id of its native watcher. Aliases (SIGIOT, SIGPOLL) get
// their own watcher, so each listener hears the name it listens to.
const watcherIds = new Map();

// Runs before the listener is added: a throw here leaves it out, as node
// does for SIGKILL and SIGSTOP.
function watchSignal(name) {
  if (watcherIds.has(name)) return;
  const number = signals[name];
  if (number === undefined) return;
  const id = binding.start(number, () => process.emit(name, name, number));
  if (id < 0) {
    const { ErrnoException } = require('internal/errors');
    throw new ErrnoException(id, 'uv_signal_start');
  }
  watcherIds.set(name, id);
}

// Runs after a listener was removed.
function unwatchSignal(name) {
  const id = watcherIds.get(name);
  if (id === undefined || process.listenerCount(name) > 0) return;
  watcherIds.delete(name);
  binding.stop(id);
}

module.exports = { watchSignal, unwatchSignal };
