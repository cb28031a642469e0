'use strict';
// _construct(): reads/writes wait for it; errors from it destroy the stream.
const { Readable, Writable, Duplex } = require('stream');

const { phase } = require('./helpers/phases');

let current;
const log = (current = phase('main'));

const r = new Readable({
  construct(cb) { log('r construct'); setTimeout(() => { log('r constructed'); cb(); }, 2); },
  read() { log('r _read'); this.push(null); },
});
r.on('end', () => log('r end'));
r.resume();
log('r created');
process.nextTick(() => log('tick'));

const w = new Writable({
  construct(cb) { log('w construct'); process.nextTick(cb); },
  write(c, e, cb) { log('w _write', String(c)); cb(); },
  final(cb) { log('w _final'); cb(); },
});
w.write('early');
w.end();
w.on('finish', () => log('w finish'));

setTimeout(() => {
  const log = (current = phase('part 1'));
  const bad = new Writable({ construct(cb) { cb(new Error('construct failed')); }, write() {} });
  bad.on('error', (e) => log('bad error', e.message));
  bad.on('close', () => log('bad close'));
  bad.write('x', (err) => log('bad write cb', err && err.message));

  const d = new Duplex({ construct(cb) { setTimeout(cb, 2); }, read() {}, write(c, e, cb) { cb(); } });
  d.on('close', () => log('d close'));
  d.destroy();
  log('d destroyed before construct', d.destroyed);

  const twice = new Readable({ construct(cb) { cb(); cb(); }, read() {} });
  twice.on('error', (e) => log('twice', e.code));
}, 20);
