// nextTick callbacks run before promise jobs; ticks queued by ticks run before
// promise jobs too; ticks queued from a promise job run after the promise queue drains.
process.nextTick(() => console.log('tick 1'));
Promise.resolve()
  .then(() => {
    console.log('promise 1');
    process.nextTick(() => console.log('tick queued by promise 1'));
  })
  .then(() => console.log('promise 1b'));
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => {
  console.log('tick 2');
  process.nextTick(() => console.log('tick queued by tick 2'));
  Promise.resolve().then(() => console.log('promise queued by tick 2'));
});
queueMicrotask(() => console.log('queueMicrotask'));
console.log('sync');
