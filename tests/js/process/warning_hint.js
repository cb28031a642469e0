// The "(Use `<program> --trace-... ...`" hint: once per process, naming
// --trace-deprecation for a deprecation and --trace-warnings otherwise.
process.emitWarning('first', 'DeprecationWarning', 'DEP0999');
process.emitWarning('second');
process.on('exit', () => console.log('done'));
