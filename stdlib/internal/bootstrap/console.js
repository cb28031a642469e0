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
const { stdioMaterialized } = require('internal/process/object');

// In the order Node's global console lists them.
const kMethods = [
  'log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear',
  'count', 'countReset', 'group', 'groupEnd', 'table', 'dirxml', 'groupCollapsed', 'profile', 'profileEnd',
  'timeStamp', 'context', 'createTask',
];
const kFastStdout = { __proto__: null, log: true, info: true, debug: true };
const kFastStderr = { __proto__: null, warn: true, error: true };

function createConsole() {
  const facade = { __proto__: {} };
  let built = false;

  function build() {
    if (built) return;
    built = true;
    const real = require('internal/console').createGlobalConsole();
    Object.setPrototypeOf(facade, Object.getPrototypeOf(real));
    for (const key of Reflect.ownKeys(real)) {
      Object.defineProperty(facade, key, Object.getOwnPropertyDescriptor(real, key));
    }
  }

  // Plain text for a call that needs no formatting, or undefined.
  function plainText(args) {
    const n = args.length;
    if (n === 0) return '';
    if (typeof args[0] !== 'string') return undefined;
    if (n === 1) return args[0];
    if (args[0].includes('%')) return undefined;
    for (let i = 1; i < n; i++) if (typeof args[i] !== 'string') return undefined;
    return args.join(' ');
  }

  for (const name of kMethods) {
    const fd = kFastStdout[name] ? 1 : kFastStderr[name] ? 2 : 0;
    const stub = {
      [name](...args) {
        if (!built && fd !== 0 && !stdioMaterialized(fd)) {
          const text = plainText(args);
          if (text !== undefined) {
            try {
              stdio.writeSync(fd, `${text}\n`);
            } catch {
              // The global console ignores write errors, as in Node.
            }
            return;
          }
        }
        build();
        return facade[name](...args);
      },
    }[name];
    Object.defineProperty(facade, name, {
      __proto__: null, value: stub, writable: true, enumerable: true, configurable: true,
    });
  }
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
