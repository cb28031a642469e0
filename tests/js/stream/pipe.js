'use strict';
// pipe(): backpressure with small highWaterMarks, 'pipe'/'unpipe' events,
// { end: false }, several destinations, unpipe().
const { Readable, Writable, PassThrough } = require('stream');

const { phase } = require('./helpers/phases');

let current;
const log = (current = phase('main'));
let n = 0;
const src = new Readable({
  highWaterMark: 2,
  read() {
    n++;
    log('_read', n);
    this.push(n <= 5 ? String(n) : null);
  },
});
const pendings = [];
const dst = new Writable({
  highWaterMark: 2,
  write(chunk, enc, cb) {
    log('write', chunk.toString(), 'needDrain', this.writableNeedDrain);
    pendings.push(cb);
    setTimeout(() => pendings.shift()(), 2);
  },
});
dst.on('pipe', (s) => log('pipe event', s === src));
dst.on('unpipe', (s) => log('unpipe event', s === src));
dst.on('drain', () => log('drain'));
src.on('pause', () => log('pause'));
src.on('resume', () => log('resume'));
src.on('end', () => log('src end'));
dst.on('finish', () => log('dst finish'));
dst.on('close', () => log('dst close'));
log('pipe returns dest', src.pipe(dst) === dst);

setTimeout(() => {
  const log = (current = phase('part 1'));
  // end: false keeps the destination open.
  const a = Readable.from(['x', 'y']);
  const keep = new PassThrough();
  a.pipe(keep, { end: false });
  a.on('end', () => {
    log('a end, keep writable', keep.writable);
    keep.end('z');
  });
  let s = '';
  keep.on('data', (d) => { s += d; });
  keep.on('end', () => log('keep got', s));
}, 100);

setTimeout(() => {
  const log = (current = phase('part 2'));
  // Two destinations, then unpipe one.
  const r = new Readable({ read() {} });
  const one = new PassThrough();
  const two = new PassThrough();
  r.pipe(one);
  r.pipe(two);
  one.on('data', (d) => log('one', d.toString()));
  two.on('data', (d) => log('two', d.toString()));
  r.push('first');
  setTimeout(() => {
    r.unpipe(two);
    log('after unpipe flowing', r.readableFlowing);
    r.push('second');
    setTimeout(() => {
      r.unpipe();
      log('after unpipe all flowing', r.readableFlowing, 'isPaused', r.isPaused());
    }, 5);
  }, 5);
}, 130);

setTimeout(() => {
  const log = (current = phase('part 3'));
  // Piping into a destination that errors unpipes and forwards nothing.
  const r = new Readable({ read() {} });
  const bad = new Writable({ write(c, e, cb) { cb(new Error('dest failed')); } });
  bad.on('error', (e) => log('bad error', e.message));
  bad.on('unpipe', () => log('bad unpipe'));
  r.pipe(bad);
  r.push('x');
  setTimeout(() => log('r pipes left', r._readableState.pipes.length, 'destroyed', r.destroyed), 5);
}, 170);
