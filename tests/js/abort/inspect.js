'use strict';
// util.inspect of AbortController and AbortSignal at various depths.
const util = require('util');
const ac = new AbortController();
console.log(ac);
console.log(ac.signal);
for (const depth of [-1, 0, 1, 2]) {
  console.log(depth, util.inspect(ac, { depth }), '|', util.inspect({ a: ac }, { depth }), '|',
              util.inspect(ac.signal, { depth }), '|', util.inspect({ a: ac.signal }, { depth }));
}
ac.abort();
console.log(ac);
class MyController extends AbortController {}
console.log(new MyController());
console.log(Object.prototype.toString.call(ac), Object.prototype.toString.call(ac.signal));
console.log(Object.getOwnPropertyNames(AbortSignal.prototype), Object.getOwnPropertyNames(AbortSignal));
console.log(Object.getOwnPropertyNames(AbortController.prototype));
console.log(AbortController.length, AbortSignal.timeout.length, AbortSignal.any.length, AbortSignal.abort.length);
