'use strict';
// Transform: _transform/_flush, pushing several chunks, callback with data,
// errors, and PassThrough.
const { Transform, PassThrough } = require('stream');

const { phase } = require('./helpers/phases');

let current;
const log = (current = phase('main'));
const upper = new Transform({
  transform(chunk, enc, cb) {
    const s = chunk.toString();
    this.push(s.toUpperCase());
    cb(null, `(${s.length})`);
  },
  flush(cb) {
    log('flush');
    this.push('[tail]');
    cb(null, '[end]');
  },
});
const out = [];
upper.on('data', (d) => out.push(d.toString()));
for (const ev of ['prefinish', 'finish', 'end', 'close']) upper.on(ev, () => log('upper', ev));
upper.write('ab');
upper.write('c');
upper.end('de', () => log('upper end cb'));
upper.on('close', () => log(out.join(' ')));

setTimeout(() => {
  const log = (current = phase('part 1'));
  const bad = new Transform({ transform(c, e, cb) { cb(new Error('bad chunk')); } });
  bad.on('error', (e) => log('bad error', e.message));
  bad.on('close', () => log('bad close'));
  bad.write('x', (err) => log('bad write cb', err && err.message));

  const badFlush = new Transform({ transform(c, e, cb) { cb(); }, flush(cb) { cb(new Error('flush failed')); } });
  badFlush.on('error', (e) => log('badFlush error', e.message));
  badFlush.end('x');
  badFlush.resume();

  try {
    new Transform().write('x');
  } catch (e) {
    log(e.code, e.message);
  }
  const t = new Transform();
  t.on('error', (e) => log('t error', e.code, e.message));
  t.write('x');
}, 10);

setTimeout(() => {
  const log = (current = phase('part 2'));
  const p = new PassThrough();
  p.end('through');
  p.on('data', (d) => log('pass', d.toString()));
  p.on('end', () => log('pass end'));
  const o = new PassThrough({ objectMode: true });
  o.write({ a: 1 });
  o.write(5);
  o.end();
  o.on('data', (d) => log('obj', d));
}, 30);

setTimeout(() => {
  const log = (current = phase('part 3'));
  // Backpressure: the write callback waits until the reader takes data.
  const slow = new Transform({ highWaterMark: 2, transform(c, e, cb) { cb(null, c); } });
  let i = 0;
  while (slow.write(String(i))) i++;
  log('writes accepted before false', i + 1, 'readableLength', slow.readableLength, 'writableLength', slow.writableLength);
  slow.on('drain', () => log('slow drain'));
  slow.resume();
}, 50);
