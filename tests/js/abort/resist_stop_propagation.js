'use strict';
// Node's own abort listeners run even after another listener called
// stopImmediatePropagation(); the order in which each API reports the abort.
const tp = require('timers/promises');
const util = require('util');
const { once, on, addAbortListener } = require('events');
const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
ac.signal.addEventListener('abort', () => console.log('plain listener: never'));
tp.setTimeout(300, 'v', { signal: ac.signal }).catch((e) => console.log('tp.setTimeout', e.code));
tp.setImmediate('v', { signal: ac.signal }).then(() => console.log('immediate resolved first'), (e) => console.log('tp.setImmediate', e.code));
util.aborted(ac.signal, {}).then(() => console.log('util.aborted'));
once(new EventTarget(), 'x', { signal: ac.signal }).catch((e) => console.log('once', e.code));
addAbortListener(ac.signal, () => console.log('addAbortListener'));
const et = new EventTarget();
et.addEventListener('y', () => console.log('y listener: removed by signal?'), { signal: ac.signal });
const it = on(new EventTarget(), 'x', { signal: ac.signal });
it.next().catch((e) => console.log('on', e.code));
const iv = tp.setInterval(300, 'v', { signal: ac.signal });
iv.next().catch((e) => console.log('tp.setInterval', e.code));
ac.abort();
et.dispatchEvent(new Event('y'));
