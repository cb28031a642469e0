'use strict';
// Errors: write after end (callback and 'error'), null and bad chunks,
// unknown encodings, callbacks called twice, _write/_final failures.
const { Writable } = require('stream');

const { phase } = require('./helpers/phases');

let current;
const log = (current = phase('main'));
function show(label, fn) {
  const log = current;
  try {
    log(label, 'ok', fn());
  } catch (e) {
    log(label, e.name, e.code, e.message);
  }
}
function watch(label, w) {
  const log = current;
  w.on('error', (e) => log(label, 'error', e.code || e.message, e.message));
  w.on('close', () => log(label, 'close', w.destroyed, w.writableAborted));
  w.on('finish', () => log(label, 'finish'));
}

const a = new Writable({ write(c, e, cb) { cb(); } });
watch('a', a);
a.end();
log('write after end returns', a.write('x', (err) => log('a write cb', err.code)));

show('null', () => new Writable({ write() {} }).write(null));
show('number', () => new Writable({ write() {} }).write(1));
show('object', () => new Writable({ write() {} }).write({}));
show('bad enc', () => new Writable({ write() {} }).write('x', 'bogus'));
show('setDefaultEncoding', () => new Writable().setDefaultEncoding('bogus'));
show('no _write', () => new Writable().write('x'));
show('object mode null', () => new Writable({ objectMode: true, write() {} }).write(null));

const b = new Writable({ write(c, e, cb) { cb(); cb(); } });
watch('b', b);
b.write('x');

const c = new Writable({ write(c, e, cb) { cb(new Error('sync fail')); } });
watch('c', c);
c.write('x', (err) => log('c cb', err.message));
log('c errored', c.errored && c.errored.message, 'writable', c.writable);

setTimeout(() => {
  const log = (current = phase('part 1'));
  const d = new Writable({ write(c, e, cb) { setTimeout(() => cb(new Error('async fail')), 1); } });
  watch('d', d);
  d.write('x', (err) => log('d cb', err.message));
  d.write('y', (err) => log('d cb 2', err && err.message));
}, 10);

setTimeout(() => {
  const log = (current = phase('part 2'));
  const f = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('final fail')); } });
  watch('f', f);
  f.end((err) => log('f end cb', err && err.message));
}, 30);

setTimeout(() => {
  const log = (current = phase('part 3'));
  const g = new Writable({ write(c, e, cb) { cb(); }, autoDestroy: false });
  watch('g', g);
  g.end();
  g.write('late');
}, 50);
