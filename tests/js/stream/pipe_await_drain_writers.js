// _readableState.awaitDrainWriters holds what a paused pipe flow waits on,
// as node keeps it: null when nothing, the destination itself with a single
// pipe, a Set once there are several pipes. 'drain' clears it and the flow
// resumes.
'use strict';
const { Readable, Writable } = require('stream');

const describe = (v) => (v === null ? 'null' : typeof v.add === 'function' ? `set of ${v.size}` :
  v.constructor.name + ' ' + v.name);

function slowWriter(name) {
  const w = new Writable({
    highWaterMark: 1,
    write(chunk, enc, cb) {
      setImmediate(cb);
    },
  });
  w.name = name;
  return w;
}

const single = new Readable({ read() {} });
console.log('before pipe', describe(single._readableState.awaitDrainWriters));
const a = slowWriter('a');
single.pipe(a);
single.push('xx');
setImmediate(() => {
  console.log('single pipe waiting', describe(single._readableState.awaitDrainWriters));
  a.once('drain', () => setImmediate(() => {
    console.log('after drain', describe(single._readableState.awaitDrainWriters), 'flowing', single.readableFlowing);
    multi();
  }));
});

function multi() {
  const r = new Readable({ read() {} });
  const b = slowWriter('b');
  const c = slowWriter('c');
  r.pipe(b);
  r.pipe(c);
  console.log('two pipes', describe(r._readableState.awaitDrainWriters));
  r.push('yy');
  setImmediate(() => {
    console.log('two pipes waiting', describe(r._readableState.awaitDrainWriters));
    r.unpipe();
  });
}
