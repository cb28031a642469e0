// Since Node 11 ticks and promise jobs run after each timer callback, not
// after the whole batch of expired timers.
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('nextTick from timer 1'));
  Promise.resolve().then(() => console.log('promise from timer 1'));
}, 1);
setTimeout(() => {
  console.log('timer 2');
  process.nextTick(() => console.log('nextTick from timer 2'));
  Promise.resolve().then(() => console.log('promise from timer 2'));
}, 1);
const iv = setInterval(() => {
  console.log('interval');
  process.nextTick(() => console.log('nextTick from interval'));
  clearInterval(iv);
}, 1);
