'use strict';
// node:readline: Interface with the callback question(), createInterface,
// the cursor helpers and emitKeypressEvents. readline/promises is the same
// Interface with a question() that returns a promise.

const { Interface: BaseInterface, deriveInterface, askAsPromise } = require('internal/readline_iface');
const keys = require('internal/readline_keys');

const { Interface, createInterface } = deriveInterface(true);

// util.promisify(rl.question) gives the answer as a promise.
Object.defineProperty(BaseInterface.prototype.question, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  configurable: true,
  value: function question(query, options) {
    return askAsPromise(this, query, options);
  },
});

module.exports = {
  Interface,
  clearLine: keys.clearLine,
  clearScreenDown: keys.clearScreenDown,
  createInterface,
  cursorTo: keys.cursorTo,
  emitKeypressEvents: keys.emitKeypressEvents,
  moveCursor: keys.moveCursor,
};
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return require('readline/promises');
  },
});
