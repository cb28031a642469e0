// process.exit(n) exits at once with n; 'exit' listeners run with the code.
process.on('exit', (code) => console.log('exit event, code', code, 'process.exitCode', process.exitCode));
setTimeout(() => console.log('pending timer (wrong: must not run)'), 0);
Promise.resolve().then(() => console.log('pending promise job (wrong)'));
console.log('before exit');
process.exit(3);
console.log('after exit (wrong)');
