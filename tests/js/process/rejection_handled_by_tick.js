// A rejection left unhandled when the promise jobs run dry still counts as
// handled if a nextTick queued meanwhile attaches a handler, as in Node;
// one that nobody handles reaches 'unhandledRejection'.
let p;
Promise.resolve().then(() => {
  process.nextTick(() => p.catch((e) => console.log('caught late', e.message)));
  p = Promise.reject(new Error('late'));
});
Promise.reject(new Error('never handled'));
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r.message));
setTimeout(() => {
  console.log('Promise.prototype.then restored:', /\[native code\]/.test(Promise.prototype.then.toString()));
  let q;
  Promise.resolve().then(() => {
    process.nextTick(() => q.then(null, () => console.log('second late handler')));
    q = Promise.reject(new Error('again'));
  });
}, 10);
