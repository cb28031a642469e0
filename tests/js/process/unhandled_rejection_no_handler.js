// An unhandled rejection with no listener is fatal: stack on stderr, exit 1.
process.on('exit', (code) => console.log('exit code', code));
setTimeout(() => console.log('timer (wrong: must not run)'), 50);
console.log('rejecting');
Promise.reject(new Error('rejected and unhandled'));
