// An uncaught exception prints the source line, a caret, the stack, exits 1.
process.on('exit', (code) => console.log('exit listener runs, code', code));
setTimeout(() => console.log('timer (wrong: must not run)'), 0);
console.log('before throw');
function fail() {
  throw new Error('boom');
}
fail();
