// queueMicrotask shares the FIFO queue with promise jobs.
queueMicrotask(() => console.log('microtask 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => {
  console.log('microtask 2');
  queueMicrotask(() => console.log('microtask from microtask'));
});
Promise.resolve().then(() => console.log('promise 2'));
console.log('sync');
try {
  queueMicrotask('not a function');
} catch (e) {
  console.log(e.name, e.code);
}
