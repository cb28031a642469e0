'use strict';
// Errors: listeners for signals that cannot be caught, process.kill with bad
// signals and pids, and a pid that does not exist.
function show(label, fn) {
  try {
    console.log(label, 'returned', fn());
  } catch (e) {
    const fields = { name: e.name, code: e.code, message: e.message };
    if ('errno' in e) fields.errno = e.errno;
    if ('syscall' in e) fields.syscall = e.syscall;
    console.log(label, fields, Object.keys(e));
  }
}

for (const sig of ['SIGKILL', 'SIGSTOP']) {
  show(`on ${sig}`, () => process.on(sig, () => {}));
  console.log(`listeners of ${sig}:`, process.listenerCount(sig));
}
show('once SIGKILL', () => process.once('SIGKILL', () => {}));
show('on SIGKILL, not a function', () => process.on('SIGKILL', 5));
// Not signal names: plain events, no watcher, no error.
show('on SIGFOO', () => process.on('SIGFOO', () => {}) === process);
show('on number 9', () => process.on(9, () => {}) === process);

show('kill SIGFOO', () => process.kill(process.pid, 'SIGFOO'));
show('kill lower case', () => process.kill(process.pid, 'sigterm'));
show('kill 1.5', () => process.kill(process.pid, 1.5));
show('kill true', () => process.kill(process.pid, true));
show('kill object', () => process.kill(process.pid, {}));
show('kill array', () => process.kill(process.pid, [1]));
show('kill inherited name', () => process.kill(process.pid, 'constructor'));
show('kill -1', () => process.kill(process.pid, -1));
show('kill 99', () => process.kill(process.pid, 99));
show('kill 0', () => process.kill(process.pid, 0));
show('kill numeric string pid', () => process.kill(String(process.pid), 0));
show('kill pid abc', () => process.kill('abc'));
show('kill pid NaN', () => process.kill(NaN, 0));
show('kill pid 1.5', () => process.kill(1.5, 0));
show('kill pid too big', () => process.kill(2 ** 32, 0));
show('kill no such pid', () => process.kill(2 ** 30, 'SIGTERM'));
show('kill bad pid before bad signal', () => process.kill('x', 'SIGFOO'));
