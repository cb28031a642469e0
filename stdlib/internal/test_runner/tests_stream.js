'use strict';
// The stream of test events that run() returns and reporters read. Node's is
// an object-mode Readable; Jolt has no node:stream yet, so this is an
// EventEmitter (each event is emitted under its type, e.g. 'test:pass') that
// is also an async iterable of { type, data } objects, as reporters expect.

const EventEmitter = require('events');

class TestsStream extends EventEmitter {
  #buffer = [];
  #waiting = [];
  #ended = false;
  // Events are kept for async iteration only once someone iterates (run()
  // starts on a later tick, so a `for await` right after it sees them all).
  #iterating = false;

  push(type, data) {
    if (this.#ended) return;
    const item = { __proto__: null, type, data };
    this.emit(type, data);
    this.emit('data', item);
    if (this.#waiting.length > 0) this.#waiting.shift()({ value: item, done: false });
    else if (this.#iterating) this.#buffer.push(item);
  }

  end() {
    if (this.#ended) return;
    this.#ended = true;
    for (const resolve of this.#waiting.splice(0)) resolve({ value: undefined, done: true });
    this.emit('end');
    this.emit('close');
  }

  [Symbol.asyncIterator]() {
    this.#iterating = true;
    return {
      next: () => {
        if (this.#buffer.length > 0) return Promise.resolve({ value: this.#buffer.shift(), done: false });
        if (this.#ended) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => this.#waiting.push(resolve));
      },
      return: () => {
        this.#buffer.length = 0;
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

// What compose() returns: the reporter's text, to pipe() to a writable
// (process.stdout...) or to read with for await / toArray().
class ReporterOutput {
  #chunks;

  constructor(chunks) { this.#chunks = chunks; }

  [Symbol.asyncIterator]() { return this.#chunks[Symbol.asyncIterator](); }

  pipe(destination) {
    (async () => {
      for await (const chunk of this.#chunks) destination.write(chunk);
    })();
    return destination;
  }

  async toArray() {
    const out = [];
    for await (const chunk of this.#chunks) out.push(chunk);
    return out;
  }
}

// A built-in reporter object (`new spec()`) turns events into text with
// this method.
const kReporterTransform = Symbol('kReporterTransform');

// stream.compose(reporter): `reporter` is an async generator function over
// the events (tap, dot, a custom one) or a reporter object (new spec()).
TestsStream.prototype.compose = function compose(reporter) {
  let chunks = typeof reporter === 'function' ? reporter(this) : reporter;
  if (chunks?.[kReporterTransform] !== undefined) chunks = chunks[kReporterTransform](this);
  if (typeof chunks?.[Symbol.asyncIterator] !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'Stream', 'Function'], reporter);
  }
  return new ReporterOutput(chunks);
};

module.exports = { TestsStream, kReporterTransform };
