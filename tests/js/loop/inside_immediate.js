// Inside an immediate: nextTick then promises run before the next immediate;
// an immediate queued by an immediate waits for the next loop iteration.
setImmediate(() => {
  console.log('immediate A');
  setImmediate(() => console.log('immediate C (queued by A: next iteration)'));
  process.nextTick(() => console.log('nextTick from A'));
  Promise.resolve().then(() => console.log('promise from A'));
});
setImmediate(() => {
  console.log('immediate B');
  Promise.resolve().then(() => console.log('promise from B'));
});
