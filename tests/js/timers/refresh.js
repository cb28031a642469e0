// timeout.refresh() restarts the timer from now with the same delay.
setTimeout(() => console.log('B (70ms) fires before the refreshed A'), 70);
setTimeout(() => {
  console.log('refreshing A at ~20ms; refresh returns the timer:', a.refresh() === a);
}, 20);
const a = setTimeout(() => console.log('A (60ms, refreshed at ~20ms so due at ~80ms)'), 60);
