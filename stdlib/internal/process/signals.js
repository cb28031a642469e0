'use strict';
// Signal names and numbers on Linux, shared by process.kill and node:os
// (os.constants.signals, which Node freezes).

const signals = Object.freeze({
  __proto__: null,
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17,
  SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
  SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
});

// process.kill's `signal`: an int32 number goes to the kernel as it is (the
// kernel judges it), a falsy value means SIGTERM, anything else must be a
// signal name. The int32 test coerces as node does: a Symbol or a BigInt
// throws the engine's TypeError.
function toSignalNumber(sig) {
  const asInt32 = sig | 0;
  if (asInt32 === sig) return asInt32;
  const number = signals[sig || 'SIGTERM'];
  if (number !== undefined) return number;
  const { codes } = require('internal/errors');
  throw new codes.ERR_UNKNOWN_SIGNAL(sig);
}

module.exports = { signals, toSignalNumber };
