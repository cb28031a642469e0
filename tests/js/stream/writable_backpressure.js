'use strict';
// write() returns false at highWaterMark; 'drain' once the queue empties;
// writableNeedDrain / writableLength / buffered writes.
const { Writable } = require('stream');

const log = (...a) => console.log(...a);
const pending = [];
const w = new Writable({
  highWaterMark: 5,
  write(chunk, enc, cb) {
    log('_write', chunk.toString());
    pending.push(cb);
  },
});
w.on('drain', () => log('drain, needDrain', w.writableNeedDrain, 'length', w.writableLength));
log('write abc', w.write('abc'));
log('write de', w.write('de'));
log('needDrain', w.writableNeedDrain, 'length', w.writableLength, 'buffered', w.writableBuffer.length);
log('write f', w.write('f'));

function step() {
  const cb = pending.shift();
  if (!cb) return;
  cb();
  setTimeout(step, 1);
}
setTimeout(step, 1);

const o = new Writable({ objectMode: true, highWaterMark: 2, write(c, e, cb) { process.nextTick(cb); } });
log('obj 1', o.write({}), 'obj 2', o.write({}), 'obj 3', o.write({}));
log('obj hwm', o.writableHighWaterMark, 'objectMode', o.writableObjectMode, 'length', o.writableLength);
o.on('drain', () => log('obj drain'));

const z = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } });
log('hwm 0 write', z.write('x'));
