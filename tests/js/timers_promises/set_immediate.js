'use strict';
// timers/promises setImmediate and scheduler.
const tp = require('timers/promises');
(async () => {
  const seen = [];
  const p = tp.setImmediate('imm').then((v) => seen.push(v));
  process.nextTick(() => seen.push('tick'));
  await p;
  console.log(seen);
  console.log(await tp.scheduler.wait(1), await tp.scheduler.yield());
  console.log(tp.scheduler.constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(tp.scheduler)));
  try {
    new tp.scheduler.constructor();
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    tp.scheduler.wait.call({}, 1);
  } catch (e) {
    console.log(e.code, e.message);
  }
  const ac = new AbortController();
  const pending = tp.setImmediate('x', { signal: ac.signal });
  ac.abort(new Error('stop'));
  try {
    await pending;
  } catch (e) {
    console.log(e.code, e.cause.message);
  }
  try {
    await tp.scheduler.wait(10, { signal: AbortSignal.abort('pre') });
  } catch (e) {
    console.log(e.code, e.cause);
  }
})();
