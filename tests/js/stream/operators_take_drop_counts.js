// take() and drop() make their count a number as node does: a value that is
// not a number (NaN) counts as 0, numeric strings and booleans convert, and
// a fraction is kept (take(1.5) gives two values). A negative count throws.
'use strict';
const { Readable } = require('stream');

const naturals = () => Readable.from((async function* () {
  let i = 1;
  for (;;) yield i++;
})());

(async () => {
  console.log('take cat', await naturals().take('cat').toArray());
  console.log('take "2"', await naturals().take('2').toArray());
  console.log('take true', await naturals().take(true).toArray());
  console.log('take 1.5', await Readable.from([1, 2, 3, 4]).take(1.5).toArray());
  console.log('drop 1.5', await Readable.from([1, 2, 3, 4]).drop(1.5).toArray());
  console.log('drop "x"', await Readable.from([1, 2]).drop('x').toArray());
  try {
    Readable.from([1]).take(-1);
  } catch (e) {
    console.log('take -1', e.code);
  }
})();
