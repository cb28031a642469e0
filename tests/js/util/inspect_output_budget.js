'use strict';
// util.inspect stops expanding objects once the text produced at one nesting
// level passes 2 ** 27 characters; the rest shows as [Object]. A graph whose
// full rendering would be billions of characters must finish quickly.
const util = require('util');

let last = {};
const root = last;
for (let i = 0; i < 1000; i++) {
  last.next = { circular: root, last, obj: { a: 1, b: 2, c: true } };
  last = last.next;
  root[i] = last;
}
const text = util.inspect(root, { depth: Infinity });
console.log('length', text.length);
console.log('collapsed', text.split('[Object]').length - 1);
console.log('circular', text.split('[Circular *1]').length - 1);
console.log('tail', JSON.stringify(text.slice(-40)));

// Small graphs are unaffected.
const small = { a: { b: { c: { d: {} } } } };
console.log(util.inspect(small, { depth: Infinity }));
