// An 'uncaughtException' listener catches errors from the main script and
// callbacks; the process continues and exits 0.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, '| origin:', origin);
});
setTimeout(() => {
  console.log('timer runs after the main-script exception');
  throw new Error('from timer');
}, 1);
setTimeout(() => console.log('later timer still runs'), 10);
process.on('exit', (code) => console.log('exit code', code));
throw new Error('from main');
