'use strict';
// destroy() with writes queued, writes after destroy, and the state getters.
const { Writable } = require('stream');

const log = (...a) => console.log(...a);
const w = new Writable({ write(c, e, cb) { setTimeout(cb, 5); } });
for (const ev of ['finish', 'error', 'close']) w.on(ev, (x) => log(ev, x ? x.message : ''));
w.write('a', (err) => log('cb a', err && err.code));
w.write('b', (err) => log('cb b', err && err.code));
w.end((err) => log('end cb', err && err.code));
w.destroy();
log('destroyed', w.destroyed, 'closed', w.closed, 'writable', w.writable, 'aborted', w.writableAborted);
w.write('c', (err) => log('cb c', err.code, err.message));

const e = new Writable({ write(c, e, cb) { cb(); } });
e.on('error', (err) => log('e error', err.message));
e.on('close', () => log('e close', e.errored.message));
e.destroy(new Error('kaput'));
e.destroy(new Error('again'));

const n = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
n.on('close', () => log('n close (unexpected)'));
n.destroy(null, () => log('n destroy cb'));
n.end((err) => log('n end cb', err.code));
