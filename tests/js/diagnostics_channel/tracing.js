'use strict';
// tracingChannel: traceSync, tracePromise, traceCallback event order.
const dc = require('diagnostics_channel');
const tc = dc.tracingChannel('t');
console.log(Object.getOwnPropertyNames(tc), tc.start.name, tc.asyncEnd.name, tc.hasSubscribers);
const show = (v) => JSON.stringify(v, (k, x) => (x instanceof Error ? `Error: ${x.message}` : x));
const log = (n) => (msg) => console.log(n, show(msg));
const handlers = {
  start: log('start'), end: log('end'), asyncStart: log('asyncStart'), asyncEnd: log('asyncEnd'), error: log('error'),
};
tc.subscribe(handlers);
console.log(tc.hasSubscribers);
console.log(tc.traceSync(function(a, b) { console.log('fn', this, a, b); return a + b; }, { ctx: 1 }, 'THIS', 2, 3));
try {
  tc.traceSync(() => { throw new Error('sync fail'); }, { c: 2 });
} catch (e) {
  console.log('rethrown', e.message);
}
(async () => {
  console.log(await tc.tracePromise(async (x) => x * 2, { p: 1 }, null, 21));
  try {
    await tc.tracePromise(async () => { throw new Error('async fail'); }, { p: 2 });
  } catch (e) {
    console.log('rejected', e.message);
  }
  await new Promise((res) => tc.traceCallback(function(a, cb) {
    setTimeout(() => cb(null, a + 1), 1);
  }, 1, { cb: 1 }, null, 10, (err, v) => { console.log('cb', err, v); res(); }));
  await new Promise((res) => tc.traceCallback((cb) => cb(new Error('cb fail')), 0, { cb: 2 }, null,
    (err) => { console.log('cb err', err.message); res(); }));
  console.log(tc.unsubscribe(handlers), tc.unsubscribe(handlers), tc.hasSubscribers);
  console.log(tc.traceSync(() => 'no subscribers'));
  const tc2 = dc.tracingChannel({
    start: dc.channel('s'), end: dc.channel('e'), asyncStart: dc.channel('as'),
    asyncEnd: dc.channel('ae'), error: dc.channel('er'),
  });
  console.log(tc2.start.name, tc2.error.name);
  tc2.subscribe({ start: log('s2') });
  console.log(tc2.hasSubscribers);
  const ctx = {};
  tc2.traceSync(() => 1, ctx);
  console.log(ctx);
})();
