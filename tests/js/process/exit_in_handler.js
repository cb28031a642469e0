// process.exit() inside an 'uncaughtException' listener decides the status.
process.on('uncaughtException', (err) => {
  console.log('handler got:', err.message);
  process.exit(42);
});
process.on('exit', (code) => console.log('exit code', code));
setTimeout(() => console.log('timer (wrong)'), 0);
throw new Error('fatal');
