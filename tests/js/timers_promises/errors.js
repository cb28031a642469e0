'use strict';
// timers/promises validation errors (all reported as rejections).
const tp = require('timers/promises');
const cases = [
  ['setTimeout options 1', () => tp.setTimeout(10, 'v', 1)],
  ['setTimeout signal 1', () => tp.setTimeout(10, 'v', { signal: 1 })],
  ['setTimeout ref 1', () => tp.setTimeout(10, 'v', { ref: 1 })],
  ['setTimeout delay a', () => tp.setTimeout('a')],
  ['setImmediate options null', () => tp.setImmediate('v', null)],
  ['setImmediate signal str', () => tp.setImmediate('v', { signal: 'x' })],
  ['wait delay a', () => tp.scheduler.wait('a')],
  ['wait options 1', () => tp.scheduler.wait(1, 1)],
];
(async () => {
  for (const [label, fn] of cases) {
    let p;
    try {
      p = fn();
    } catch (e) {
      console.log(label, 'threw synchronously', e.code);
      continue;
    }
    try {
      console.log(label, 'resolved', await p);
    } catch (e) {
      console.log(label, e.name, e.code, e.message);
    }
  }
})();
