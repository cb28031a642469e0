'use strict';
// pipeline() with function stages: an async destination's value also comes
// out of the returned PassThrough; a throwing generator stage destroys the
// destination with its error and aborts the stream it was reading.
const { pipeline, Readable, Writable } = require('stream');
const { phase } = require('./helpers/phases');

{
  const log = phase('async destination');
  const ret = pipeline(['a', 'b'], async function (src) {
    let s = '';
    for await (const x of src) s += x;
    return s;
  }, (err, val) => log('cb', err, val));
  log('returned', ret.constructor.name, ret.readableObjectMode);
  ret.on('data', (d) => log('from returned stream', d));
}

{
  const log = phase('throwing generator');
  const src = Readable.from(['x', 'y', 'z']);
  const seen = [];
  const dst = new Writable({ objectMode: true, write(c, e, cb) { seen.push(c); cb(); } });
  const errors = {};
  src.on('error', (e) => { errors.src = e.name; });
  dst.on('error', (e) => { errors.dst = e.message; });
  pipeline(src, async function* (input) {
    for await (const x of input) {
      if (x === 'y') throw new Error('stage failed');
      yield x.toUpperCase();
    }
  }, dst, (err) => {
    log('cb', err.message);
    setTimeout(() => log('src', errors.src, src.destroyed, 'dst', errors.dst, dst.destroyed, 'seen', seen), 5);
  });
}
