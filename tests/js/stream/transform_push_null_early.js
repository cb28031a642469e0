// A Transform that calls push(null) from _transform (ending its readable
// side early, while still being written to) emits 'end' before it gets its
// next chunk: the write's completion waits a tick, as in node.
'use strict';
const { Readable, Transform } = require('stream');

let left = 3;
const src = new Readable({
  read() {
    console.log('src read, left', left);
    if (left--) this.push('x');
    else this.push(null);
  },
});
const dst = new Transform({
  transform(chunk, enc, cb) {
    console.log('transform', String(chunk));
    this.push(null);
    cb();
  },
});
src.pipe(dst);
dst.on('data', () => {});
dst.on('end', () => console.log('dst end'));
dst.on('finish', () => console.log('dst finish'));
