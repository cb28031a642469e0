// 'beforeExit' is not emitted when process.exit() ends the process.
process.on('beforeExit', () => console.log('beforeExit (wrong)'));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => process.exit(0), 1);
