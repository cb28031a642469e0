// Timers fire by expiry time, and in creation order for equal times.
// (Delays are far apart so that the order never depends on scheduling luck.)
const log = (s) => () => console.log(s);
setTimeout(log('90ms'), 90);
setTimeout(log('30ms first'), 30);
setTimeout(log('0ms (treated as 1ms)'), 0);
setTimeout(log('30ms second'), 30);
setTimeout(log('1ms'), 1);
setTimeout(log('60ms'), 60);
setTimeout(log('30ms third'), 30);
console.log('sync');
