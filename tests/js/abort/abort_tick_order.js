'use strict';
// On which microtask after an abort each API rejects (Node's order).
const tp = require('timers/promises');
const util = require('util');
const { once, on } = require('events');
let tick = 0;
const ac = new AbortController();
const mark = (label) => () => console.log(label, tick);
tp.setTimeout(300, 'v', { signal: ac.signal }).catch(mark('tp.setTimeout'));
tp.scheduler.wait(300, { signal: ac.signal }).catch(mark('scheduler.wait'));
util.aborted(ac.signal, {}).then(mark('util.aborted'));
once(new EventTarget(), 'x', { signal: ac.signal }).catch(mark('once'));
on(new EventTarget(), 'x', { signal: ac.signal }).next().catch(mark('on'));
tp.setInterval(300, 'v', { signal: ac.signal }).next().catch(mark('setInterval'));
const t0 = tp.setTimeout(1, 'v');
t0.then(() => {
  ac.abort();
  const step = () => { tick++; if (tick < 12) Promise.resolve().then(step); };
  Promise.resolve().then(step);
});
