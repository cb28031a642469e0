// Deep interleaving: each tick queue drain runs before the next promise job
// batch that was queued after it.
const log = (s) => console.log(s);
Promise.resolve().then(() => {
  log('p1');
  process.nextTick(() => {
    log('t-from-p1');
    Promise.resolve().then(() => log('p-from-t-from-p1'));
  });
  Promise.resolve().then(() => log('p-from-p1'));
});
process.nextTick(() => log('t1'));
setImmediate(() => log('immediate'));
