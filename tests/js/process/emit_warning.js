// process.emitWarning prints "(node:PID) Name: message" to stderr on the next
// tick and emits 'warning' with an Error-like object.
process.on('warning', (w) => {
  console.log('warning event:', w instanceof Error, w.name, w.message, w.code ?? '(no code)');
});
process.emitWarning('plain message');
process.emitWarning('custom type', 'CustomWarning', 'JOLT_CODE1');
process.emitWarning('with options', { type: 'OptWarning', code: 'OPT1', detail: 'some detail' });
const e = new Error('from error object');
e.name = 'ErrWarning';
process.emitWarning(e);
console.log('sync done');
