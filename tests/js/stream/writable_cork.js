'use strict';
// cork()/uncork() batch writes into _writev; end() uncorks.
const { Writable } = require('stream');

const log = (...a) => console.log(...a);
const w = new Writable({
  write(chunk, enc, cb) { log('_write', chunk.toString()); cb(); },
  writev(chunks, cb) {
    log('_writev', chunks.map((c) => `${c.chunk}:${c.encoding}`).join(','), 'allBuffers', chunks.allBuffers);
    cb();
  },
});
w.cork();
w.write('a');
w.write('b', () => log('cb b'));
log('corked', w.writableCorked, 'length', w.writableLength);
w.cork();
w.uncork();
log('still corked', w.writableCorked);
w.uncork();
log('uncorked', w.writableCorked);

const d = new Writable({
  decodeStrings: false,
  writev(chunks, cb) {
    log('d _writev', chunks.map((c) => `${typeof c.chunk}:${c.encoding}`).join(','), chunks.allBuffers);
    cb();
  },
});
d.cork();
d.write('x', 'latin1');
d.write(Buffer.from('y'));
d.end('z', () => log('d end cb'));
d.on('finish', () => log('d finish'));

// Only _writev: single writes go through it as well.
const v = new Writable({ writev(chunks, cb) { log('v _writev', chunks.length); cb(); } });
v.write('1');
v.write('2');
v.write('3');
