'use strict';
// Duplex: both sides, allowHalfOpen, readable/writable: false, per-side
// object mode and highWaterMark, instanceof Writable.
const { Duplex, Writable, Readable } = require('stream');

const { phase } = require('./helpers/phases');

let current;
const log = (current = phase('main'));
function watch(label, s) {
  const log = current;
  for (const ev of ['end', 'finish', 'close', 'error']) s.on(ev, () => log(label, ev));
}

const d = new Duplex({
  read() {},
  write(chunk, enc, cb) { log('d _write', chunk.toString()); cb(); },
});
watch('d', d);
log('instanceof', d instanceof Duplex, d instanceof Readable, d instanceof Writable, 'allowHalfOpen', d.allowHalfOpen);
d.on('data', (x) => log('d data', x.toString()));
d.write('in');
d.push('out');
d.push(null);
setTimeout(() => {
  const log = (current = phase('part 1'));
  log('d after end: writable', d.writable, 'readable', d.readable, 'destroyed', d.destroyed);
  d.end();
}, 5);

setTimeout(() => {
  const log = (current = phase('part 2'));
  const h = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
  watch('h', h);
  h.resume();
  h.push(null);
}, 20);

setTimeout(() => {
  const log = (current = phase('part 3'));
  const ro = new Duplex({ writable: false, read() {} });
  log('ro writable', ro.writable, 'writableEnded', ro.writableEnded, 'writableFinished', ro.writableFinished);
  watch('ro', ro);
  ro.push(null);
  ro.resume();
  const wo = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  log('wo readable', wo.readable, 'readableEnded', wo.readableEnded);
  watch('wo', wo);
  wo.end('x');
}, 40);

setTimeout(() => {
  const log = (current = phase('part 4'));
  const m = new Duplex({ readableObjectMode: true, writableHighWaterMark: 7, read() {}, write(c, e, cb) { cb(); } });
  log('modes', m.readableObjectMode, m.writableObjectMode, m.readableHighWaterMark, m.writableHighWaterMark);
  const e = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  watch('e', e);
  e.destroy(new Error('x'));
  log('e destroyed', e.destroyed, e.readableAborted, e.writableAborted);
  try {
    // eslint-disable-next-line no-new
    new Duplex({ writableHighWaterMark: -2 });
  } catch (err) {
    log(err.code, err.message);
  }
}, 60);
