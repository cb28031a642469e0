'use strict';
// timers/promises setTimeout: value, ordering, signal, ref, promisify.
const tp = require('timers/promises');
const util = require('util');
const order = [];
(async () => {
  console.log(await tp.setTimeout(5, 'value'));
  console.log(await tp.setTimeout(), await tp.setTimeout(1));
  await Promise.all([
    tp.setTimeout(60, 'slow').then((v) => order.push(v)),
    tp.setTimeout(1, 'fast').then((v) => order.push(v)),
  ]);
  console.log(order);
  console.log(util.promisify(setTimeout) === tp.setTimeout, util.promisify(setImmediate) === tp.setImmediate);
  console.log(await util.promisify(setTimeout)(1, 'promisified'));
  console.log(require('timers').promises === tp);

  const ac = new AbortController();
  ac.abort('why');
  try {
    await tp.setTimeout(10, 'v', { signal: ac.signal });
  } catch (e) {
    console.log(e.name, e.code, e.message, e.cause, Object.keys(e), e instanceof DOMException);
  }
  const ac2 = new AbortController();
  setTimeout(() => ac2.abort(), 5);
  try {
    await tp.setTimeout(10000, 'v', { signal: ac2.signal });
  } catch (e) {
    console.log(e.name, e.code, e.cause.name);
  }
  // Resolving removes the abort listener from the signal.
  const ac3 = new AbortController();
  await tp.setTimeout(1, 'x', { signal: ac3.signal });
  console.log(require('events').getEventListeners(ac3.signal, 'abort').length);
})();
