'use strict';
// util.deprecate: one warning per code (or per function without a code),
// constructors still work, argument validation.
const util = require('util');

process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const f1 = util.deprecate(() => 1, 'f1 is old', 'DEP_X1');
const f2 = util.deprecate(() => 2, 'f2 is old', 'DEP_X1');
const f3 = util.deprecate(function f3() { return 3; }, 'f3 is old');
console.log(f1(), f1(), f2(), f3(), f3(), f3.name, f1.length);
try {
  util.deprecate(() => {}, 'm', 5);
} catch (e) {
  console.log(e.code, e.message);
}
class K {
  constructor(x) {
    this.x = x;
  }
}
const DK = util.deprecate(K, 'K old', 'DEP_K');
console.log(new DK(1).x, new DK(1) instanceof K);
const quiet = util.deprecate(() => 'quiet', 'never shown', 'DEP_Q', { modifyPrototype: false });
process.noDeprecation = true;
console.log(quiet());
