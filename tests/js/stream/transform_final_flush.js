// A Transform given its own final (as an option or a subclass method) still
// flushes after it: final, flush, the flushed data, 'end', 'finish', as in
// node; and the option functions are the stream's own _transform, _flush and
// _final.
'use strict';
const { Transform } = require('stream');

const transform = (chunk, _, next) => { console.log('transform'); next(null, chunk); };
const flush = (next) => { console.log('flush'); next(null, 'F'); };
const final = (next) => { console.log('final'); next(); };
const t = new Transform({ transform, flush, final });
console.log('own methods:', t._transform === transform, t._flush === flush, t._final === final);
t.on('data', (d) => console.log('data', String(d)));
t.on('finish', () => console.log('finish'));
t.on('end', () => {
  console.log('end');
  subclass();
});
t.end(Buffer.from('blerg'));

function subclass() {
  class Upper extends Transform {
    _transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); }
    _flush(cb) { console.log('sub flush'); cb(null, '!'); }
    _final(cb) { console.log('sub final'); cb(); }
  }
  const u = new Upper();
  u.on('data', (d) => console.log('sub data', String(d)));
  u.on('end', () => console.log('sub end'));
  u.end('abc');
}
