'use strict';
// The global `console`, built on first real use.
//
// Node's Console (internal/console), util.format, the stdio stream objects
// and node:events together cost more start-up time than many whole
// scripts, while most console calls print plain strings. So the global
// console starts as a facade: a log/info/debug/warn/error call whose
// arguments are strings with nothing to format, made while process.stdout
// (or stderr) has not been touched, is written straight to the fd -- what
// Node would do, since nobody can have replaced the stream or its write
// yet. Any other call, or any other property, builds the real global console
// and copies it onto the facade, which then is the real console.

const stdio = internalBinding('stdio');
const { materialized } = require('internal/process/object');

let facade;
let built = false;

// Copies the real global console onto the facade, which from then on is it.
function build() {
  if (built) return;
  built = true;
  stdio.consoleBuilt();
  const real = require('internal/console').createGlobalConsole();
  Object.setPrototypeOf(facade, Object.getPrototypeOf(real));
  for (const key of Reflect.ownKeys(real)) {
    Object.defineProperty(facade, key, Object.getOwnPropertyDescriptor(real, key));
  }
}

// The facade's methods are native (the stdio binding's
// createConsoleFacade): they write the plain text of a call that needs no
// formatting (no arguments, one string, or strings without a % in the
// first) to fd 1 or 2 themselves while nothing above holds, and call this
// for anything else, or with the error when that write failed.
function call(name, fd, args, err) {
  if (err !== undefined) {
    // As in node, the stream reports it (EPIPE: an 'error' event).
    require('internal/process/stdio').failStdio(fd, err);
    return;
  }
  build();
  return facade[name](...args);
}

// The facade: the native methods (in the order Node's global console lists
// them), then Console, which is not enumerable, and the tag, which is not
// writable, as in Node.
function createConsole() {
  facade = stdio.createConsoleFacade(call, materialized);
  // trace prints the stack from its caller down: a JS method, whose tail
  // call leaves no frame (a native one would stay on the stack it prints).
  facade.trace = { trace(...args) { return call('trace', 0, args); } }.trace;
  Object.defineProperty(facade, 'Console', {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      build();
      return facade.Console;
    },
    set(value) {
      Object.defineProperty(facade, 'Console', {
        __proto__: null, value, writable: true, enumerable: false, configurable: true,
      });
    },
  });
  Object.defineProperty(facade, Symbol.toStringTag, {
    __proto__: null, value: 'console', writable: false, enumerable: false, configurable: true,
  });
  return facade;
}

module.exports = { createConsole };
