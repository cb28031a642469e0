// Once a pipeline has succeeded, a last stage that can still be read from
// is the caller's: the pipeline's 'error' listeners come off it (an error
// it meets later is the caller's to handle). A last stage that is only
// writable keeps them.
'use strict';
const { pipeline, Duplex, PassThrough, Writable } = require('stream');

const a = new PassThrough();
a.end('x');
const b = new Duplex({
  read() {},
  write(chunk, enc, cb) {
    cb();
  },
});
pipeline(a, b, (err) => {
  console.log('duplex tail: err', err, 'error listeners', b.listenerCount('error'));
  generatorTail();
});

function generatorTail() {
  const c = new PassThrough();
  c.end('abc');
  const d = pipeline(c, async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  }, (err) => {
    console.log('generator tail: err', err, 'error listeners', d.listenerCount('error'));
    writableTail();
  });
  d.resume();
}

function writableTail() {
  const e = new PassThrough();
  e.end('x');
  const f = new Writable({
    write(chunk, enc, cb) {
      cb();
    },
  });
  pipeline(e, f, (err) => {
    console.log('writable tail: err', err, 'keeps error listeners', f.listenerCount('error') > 0);
    f.destroy(new Error('late'));
    setImmediate(() => console.log('late error on writable tail swallowed'));
  });
}
