// In pipeline(), a destination that closes before its source has ended is
// a premature close: a Duplex that feeds back into its own source (and so
// can never end) fails the pipeline instead of leaving it hanging.
'use strict';
const { pipeline, Duplex, PassThrough, Readable, Writable } = require('stream');

const remote = new PassThrough();
const local = new Duplex({
  read() {},
  write(chunk, enc, cb) {
    cb();
  },
});
pipeline(remote, local, remote, (err) => {
  console.log('loop pipeline:', err && err.code);
  early();
});
setImmediate(() => remote.end());

function early() {
  const src = new Readable({ read() {} });
  src.push('a');
  const dst = new Writable({
    write(chunk, enc, cb) {
      console.log('dst got', String(chunk));
      cb();
      this.destroy();
    },
  });
  pipeline(src, dst, (err) => console.log('destination destroyed early:', err && err.code));
}
