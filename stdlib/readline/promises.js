'use strict';
// node:readline/promises: the Interface whose question() returns a promise,
// and the Readline class that batches cursor actions until commit().

const { deriveInterface, askAsPromise } = require('internal/readline_iface');
const { codes } = require('internal/errors');
const { validateInteger } = require('internal/validators');
const { ESC } = require('internal/readline_keys');

const { Interface, createInterface } = deriveInterface();

Interface.prototype.question = function question(query, options = {}) {
  return askAsPromise(this, query, options);
};

// Cursor actions gathered into one write.
class Readline {
  #stream;
  #todo = [];
  #autoCommit = false;

  constructor(stream, options = undefined) {
    if (!stream || typeof stream.write !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    }
    this.#stream = stream;
    if (options && options.autoCommit !== undefined) this.#autoCommit = !!options.autoCommit;
  }

  #add(data) {
    this.#todo.push(data);
    // With autoCommit the batch goes out on the next tick.
    if (this.#autoCommit && this.#todo.length === 1) process.nextTick(() => this.commit());
    return this;
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y !== undefined) validateInteger(y, 'y');
    return this.#add(y === undefined ? `${ESC}[${x + 1}G` : `${ESC}[${y + 1};${x + 1}H`);
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      let data = '';
      if (dx < 0) data += `${ESC}[${-dx}D`;
      else if (dx > 0) data += `${ESC}[${dx}C`;
      if (dy < 0) data += `${ESC}[${-dy}A`;
      else if (dy > 0) data += `${ESC}[${dy}B`;
      this.#add(data);
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    return this.#add(dir < 0 ? `${ESC}[1K` : dir > 0 ? `${ESC}[0K` : `${ESC}[2K`);
  }

  clearScreenDown() {
    return this.#add(`${ESC}[0J`);
  }

  commit() {
    const data = this.#todo.join('');
    this.#todo = [];
    return new Promise((resolve) => {
      if (data === '') resolve();
      else this.#stream.write(data, () => resolve());
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = { Interface, Readline, createInterface };
