// Inside a timer callback: nextTick, then promises, then the immediate (check
// phase of this iteration), then the new timer (next iteration).
setTimeout(() => {
  console.log('timer');
  setTimeout(() => console.log('timeout 0 from timer'), 0);
  setImmediate(() => console.log('immediate from timer'));
  Promise.resolve().then(() => console.log('promise from timer'));
  process.nextTick(() => console.log('nextTick from timer'));
}, 0);
