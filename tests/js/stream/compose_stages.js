// compose() hands stages other than streams to the pipeline as they are: a
// string or an iterable at the head is read value by value, a function in
// the middle is a transform. The composed stream's 'finish' waits for the
// last stage to take all its input.
'use strict';
const { compose, finished, Transform, Writable } = require('stream');

function fromString() {
  let buf = '';
  const s = compose('Hello', async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  }, async function (source) {
    for await (const chunk of source) buf += chunk + '.';
  });
  finished(s, (err) => {
    console.log('string head:', err, buf);
    finishOrder();
  });
}

function finishOrder() {
  const head = new Transform({ transform(c, e, cb) { cb(null, c); } });
  head.on('finish', () => console.log('head finish'));
  const tail = new Writable({
    write(c, e, cb) {
      console.log('tail write', String(c));
      setTimeout(cb, 5);
    },
  });
  tail.on('finish', () => console.log('tail finish'));
  const d = compose(head, tail);
  d.on('finish', () => console.log('composed finish'));
  d.on('close', () => {
    console.log('composed close');
  });
  d.end('asd');
}

fromString();
