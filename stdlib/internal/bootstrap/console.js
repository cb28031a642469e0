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
  const real = require('internal/console').createGlobalConsole();
  Object.setPrototypeOf(facade, Object.getPrototypeOf(real));
  for (const key of Reflect.ownKeys(real)) {
    Object.defineProperty(facade, key, Object.getOwnPropertyDescriptor(real, key));
  }
}

// A call of method `name`; fd is where its plain text goes (0: never fast).
// The plain text of a call that needs no formatting (no arguments, one
// string, or strings without a % in the first) is written here; the test
// is inline, as a helper would be one more function compiled at start-up.
function call(name, fd, args) {
  if (!built && fd !== 0 && !materialized[fd]) {
    const n = args.length;
    let text;
    if (n === 0) {
      text = '';
    } else if (typeof args[0] === 'string') {
      text = args[0];
      if (n > 1) {
        if (text.includes('%')) text = undefined;
        for (let i = 1; i < n && text !== undefined; i++) if (typeof args[i] !== 'string') text = undefined;
        if (text !== undefined) text = args.join(' ');
      }
    }
    if (text !== undefined) {
      try {
        stdio.writeSync(fd, `${text}\n`);
      } catch (err) {
        // As in node, the stream reports it (EPIPE: an 'error' event).
        require('internal/process/stdio').failStdio(fd, err);
      }
      return;
    }
  }
  build();
  return facade[name](...args);
}

// One object literal (in the order Node's global console lists its
// methods) is much cheaper to create at start-up than a loop defining
// properties one by one.
function createConsole() {
  facade = {
    __proto__: {},
    log(...args) { return call('log', 1, args); },
    info(...args) { return call('info', 1, args); },
    debug(...args) { return call('debug', 1, args); },
    warn(...args) { return call('warn', 2, args); },
    error(...args) { return call('error', 2, args); },
    dir(...args) { return call('dir', 0, args); },
    time(...args) { return call('time', 0, args); },
    timeEnd(...args) { return call('timeEnd', 0, args); },
    timeLog(...args) { return call('timeLog', 0, args); },
    trace(...args) { return call('trace', 0, args); },
    assert(...args) { return call('assert', 0, args); },
    clear(...args) { return call('clear', 0, args); },
    count(...args) { return call('count', 0, args); },
    countReset(...args) { return call('countReset', 0, args); },
    group(...args) { return call('group', 0, args); },
    groupEnd(...args) { return call('groupEnd', 0, args); },
    table(...args) { return call('table', 0, args); },
    dirxml(...args) { return call('dirxml', 0, args); },
    groupCollapsed(...args) { return call('groupCollapsed', 0, args); },
    profile(...args) { return call('profile', 0, args); },
    profileEnd(...args) { return call('profileEnd', 0, args); },
    timeStamp(...args) { return call('timeStamp', 0, args); },
    context(...args) { return call('context', 0, args); },
    createTask(...args) { return call('createTask', 0, args); },
    get Console() {
      build();
      return facade.Console;
    },
    set Console(value) {
      Object.defineProperty(facade, 'Console', {
        __proto__: null, value, writable: true, enumerable: false, configurable: true,
      });
    },
    [Symbol.toStringTag]: 'console',
  };
  // Console is not enumerable, and the tag not writable, in Node.
  Object.defineProperty(facade, 'Console', { __proto__: null, enumerable: false });
  Object.defineProperty(facade, Symbol.toStringTag, { __proto__: null, writable: false, enumerable: false });
  return facade;
}

module.exports = { createConsole };
