'use strict';
// util.diff: Myers edit scripts of strings and string arrays.
const util = require('util');

console.log(JSON.stringify(util.diff('12345678', '12!!5!7!')));
console.log(JSON.stringify(util.diff(['1', '2', '3'], ['1', '3', '4'])));
console.log(JSON.stringify(util.diff('same', 'same')), JSON.stringify(util.diff('', 'ab')));
console.log(JSON.stringify(util.diff('ab', 'b')), JSON.stringify(util.diff(['x', 'y'], ['y'])));
for (const bad of [[1, 'a'], ['a', 1], [null, []], [['a', 2], ['a']]]) {
  try {
    util.diff(...bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
const p = Promise.reject(new Error('handled elsewhere'));
util.markPromiseAsHandled(p);
setTimeout(() => console.log('no unhandled rejection'), 5);
