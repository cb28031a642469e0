'use strict';
// timers/promises setInterval: async iteration, break, abort.
const tp = require('timers/promises');
(async () => {
  let n = 0;
  for await (const v of tp.setInterval(5, 'tick')) {
    console.log(v, ++n);
    if (n === 3) break;
  }
  const ac = new AbortController();
  const it = tp.setInterval(5, 'x', { signal: ac.signal });
  console.log(Object.prototype.toString.call(it), typeof it[Symbol.asyncIterator]);
  console.log(await it.next());
  ac.abort();
  try {
    await it.next();
  } catch (e) {
    console.log(e.name, e.code, e.cause.name);
  }
  console.log(await it.next());
  // Errors are reported by the first next(), not by the call.
  const bad = tp.setInterval(5, 'x', 1);
  try {
    await bad.next();
  } catch (e) {
    console.log(e.code, e.message);
  }
  const pre = tp.setInterval(5, 'x', { signal: AbortSignal.abort() });
  try {
    await pre.next();
  } catch (e) {
    console.log(e.code);
  }
  // Intervals that elapsed while the consumer was busy are not lost.
  const slow = tp.setInterval(10, 's');
  await slow.next();
  await new Promise((r) => setTimeout(r, 55));
  const more = [await slow.next(), await slow.next()];
  console.log(more.map((r) => r.value));
  await slow.return();
  console.log('done');
})();
