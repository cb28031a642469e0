// An immediate that queues an immediate lets timers run in between: a 1ms
// timer set up front fires before a long immediate chain finishes.
let n = 0;
let timerFired = false;
setTimeout(() => { timerFired = true; }, 1);
function step() {
  n++;
  if (timerFired) {
    console.log('timer fired while the immediate chain was running');
    return;
  }
  if (n > 100000) {
    console.log('timer starved (wrong)');
    return;
  }
  setImmediate(step);
}
setImmediate(step);
