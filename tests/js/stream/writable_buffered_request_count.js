// _writableState.bufferedRequestCount counts the writes waiting in the
// queue (corked, or behind a write in flight), and matches getBuffer().
'use strict';
const { Writable } = require('stream');

const w = new Writable({
  objectMode: true,
  write(chunk, enc, cb) {
    setImmediate(cb);
  },
});
const st = w._writableState;
console.log('fresh', st.bufferedRequestCount);
w.cork();
for (let i = 1; i <= 3; i++) {
  w.write(i, () => console.log(`write ${i} done: count`, st.bufferedRequestCount, 'buffer', st.getBuffer().length));
}
console.log('corked with 3 writes', st.bufferedRequestCount);
w.uncork();
console.log('after uncork', st.bufferedRequestCount);
w.end();
