'use strict';
// destroy(): 'error' then 'close' on the next tick, the state getters, and
// options autoDestroy / emitClose.
const { Readable } = require('stream');

const log = (...a) => console.log(...a);
function watch(label, s) {
  for (const ev of ['end', 'error', 'close']) {
    s.on(ev, (x) => log(label, ev, x instanceof Error ? x.message : ''));
  }
}

const a = new Readable({ read() {} });
watch('a', a);
a.destroy(new Error('boom'));
log('a destroyed', a.destroyed, 'errored', a.errored.message, 'closed', a.closed, 'aborted', a.readableAborted);
a.destroy(new Error('second'));
process.nextTick(() => log('tick after destroy'));

const b = new Readable({
  read() {},
  destroy(err, cb) {
    log('b _destroy', err);
    setTimeout(() => cb(new Error('from _destroy')), 1);
  },
});
watch('b', b);
b.destroy();
log('b closed before cb', b.closed);

const c = new Readable({ emitClose: false, read() {} });
watch('c', c);
c.destroy();

const d = new Readable({ autoDestroy: false, read() {} });
watch('d', d);
d.push(null);
d.resume();
setTimeout(() => log('d after end: destroyed', d.destroyed, 'ended', d.readableEnded), 20);

const e = new Readable({ read() {} });
watch('e', e);
e.push('x');
e.push(null);
e.resume();
setTimeout(() => log('e after end: destroyed', e.destroyed, 'closed', e.closed, 'aborted', e.readableAborted), 20);

// data queued when destroyed is dropped; push after destroy returns false
const f = new Readable({ read() {} });
f.push('x');
f.on('data', () => log('f data (should not happen)'));
f.destroy();
log('f push after destroy', f.push('y'));

// destroy callback
const g = new Readable({ read() {} });
g.destroy(null, (err) => log('g cb', err));
