// An 'unhandledRejection' listener receives the reason and the promise; the
// process continues and exits 0.
const p = Promise.reject(new Error('rejected!'));
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason instanceof Error ? reason.message : reason, '| same promise:', promise === p);
});
Promise.reject(42);
(async () => { throw new TypeError('from async fn'); })();
// A rejection handled in the same tick is not unhandled.
const handled = Promise.reject(new Error('handled'));
handled.catch((e) => console.log('caught normally:', e.message));
setTimeout(() => console.log('still running'), 1);
process.on('unhandledRejection', (reason) => console.log('second listener:', String(reason)));
