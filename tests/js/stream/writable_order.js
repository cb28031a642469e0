'use strict';
// Order of write callbacks, _final, 'prefinish', 'finish', end() callback
// and 'close', for synchronous and asynchronous _write.
const { Writable } = require('stream');

const { phase } = require('./helpers/phases');

let current;
const log = (current = phase('main'));
function watch(label, w) {
  const log = current;
  for (const ev of ['prefinish', 'finish', 'close', 'error', 'drain']) w.on(ev, () => log(label, ev));
}

const sync = new Writable({
  write(chunk, enc, cb) { log('sync _write', chunk.toString(), enc); cb(); },
  final(cb) { log('sync _final'); cb(); },
});
watch('sync', sync);
sync.write('a', (err) => log('sync cb a', err));
sync.write('b', (err) => log('sync cb b', err));
sync.end('c', (err) => log('sync end cb', err));
log('sync end returned, ended', sync.writableEnded, 'finished', sync.writableFinished);
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('promise'));

setTimeout(() => {
  const log = (current = phase('part 1'));
  const async = new Writable({
    write(chunk, enc, cb) {
      log('async _write', chunk.toString(), 'length', this.writableLength);
      setTimeout(cb, 2);
    },
    final(cb) { log('async _final'); setTimeout(cb, 2); },
  });
  watch('async', async);
  async.write('a', () => log('async cb a'));
  async.write('b', () => log('async cb b'));
  async.end(() => log('async end cb'));
}, 10);

setTimeout(() => {
  const log = (current = phase('part 2'));
  // end() on an already finished stream
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('w error', e.code));
  w.end();
  w.on('finish', () => {
    w.end((err) => log('second end cb', err.code, err.message));
  });
}, 60);
