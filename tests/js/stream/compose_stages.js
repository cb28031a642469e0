// compose() hands stages other than streams to the pipeline as they are: a
// string or an iterable at the head is read value by value, a function in
// the middle is a transform. The composed stream's 'finish' waits for the
// last stage to take all its input; an async function at the end must
// resolve to nothing (a value is an ERR_INVALID_RETURN_VALUE).
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
    valueReturned();
  });
  d.end('asd');
}

function valueReturned() {
  const s = compose(async function* () {
    yield 'a';
  }(), async function (source) {
    let all = '';
    for await (const chunk of source) all += chunk;
    return all;
  });
  finished(s, (err) => console.log('value from the last function:', err && err.code));
}

fromString();
