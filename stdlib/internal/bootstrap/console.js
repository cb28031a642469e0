'use strict';
// The global `console` past its fast path.
//
// Node's Console (internal/console), util.format, the stdio stream objects
// and node:events together cost more start-up time than many whole
// scripts, while most console calls print plain strings. So the global
// console starts as a facade (made by internal/bootstrap/node) whose
// native methods (process_methods.createConsoleFacade) write a
// log/info/debug/warn/error call whose arguments are strings with nothing
// to format, made while process.stdout (or stderr) has not been touched,
// straight to the fd -- what Node would do, since nobody can have replaced
// the stream or its write yet. Any other call, or any other property, comes
// here: this builds the real global console and copies it onto the facade,
// which then is the real console.

const pm = internalBinding('process_methods');

let built = false;

// Copies the real global console onto the facade, which from then on is it.
function build(facade) {
  if (built) return;
  built = true;
  pm.consoleBuilt();
  const real = require('internal/console').createGlobalConsole();
  Object.setPrototypeOf(facade, Object.getPrototypeOf(real));
  for (const key of Reflect.ownKeys(real)) {
    Object.defineProperty(facade, key, Object.getOwnPropertyDescriptor(real, key));
  }
}

// A call of the facade's method `name` (fd: where its plain text goes, 0
// for none) that needs more than writing plain text, or whose write failed
// (err).
function call(facade, name, fd, args, err) {
  if (err !== undefined) {
    // As in node, the stream reports it (EPIPE: an 'error' event).
    require('internal/process/stdio').failStdio(fd, err);
    return;
  }
  build(facade);
  return facade[name](...args);
}

module.exports = { build, call };
