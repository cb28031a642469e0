// An uncaught exception in a timer callback ends the process with 1 at once.
setTimeout(() => {
  console.log('first timer throws');
  throw new RangeError('from timer');
}, 1);
setTimeout(() => console.log('second timer (wrong: must not run)'), 1);
setTimeout(() => console.log('later timer (wrong)'), 20);
