// 'exit' listeners get the code, run in order, may change process.exitCode,
// and the loop does not run afterwards.
process.on('exit', (code) => {
  console.log('first listener, code', code);
  setTimeout(() => console.log('timer from exit listener (wrong)'), 0);
  process.nextTick(() => console.log('tick from exit listener (wrong)'));
  process.exitCode = 6;
});
process.once('exit', (code) => console.log('second listener, code', code, 'exitCode now', process.exitCode));
console.log('main done');
