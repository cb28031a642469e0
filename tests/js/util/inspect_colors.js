'use strict';
// util.inspect colors: true.
// Stack frame lines differ between engines and are dropped.
const util = require('util');
const cases = [];
const c = (label, v, o) => cases.push([label, v, o]);
c('colors', { n: 1, s: 's', b: true, u: undefined, nl: null, sym: Symbol('x'), d: new Date(0), r: /x/, f() {}, big: 1n, arr: [1, 'a'] }, { colors: true });
c('colorserr', [new Map([[1, 'a']]), new Set([2])], { colors: true });
c('colors-nums', Array.from({ length: 30 }, (_, i) => i), { colors: true });
c('colors-nested', { a: [{ b: new Date(0) }], s: new Set(['x']), e: undefined }, { colors: true });
c('colors-err', { err: 'x', f: function foo() {}, c: class Z {}, sym: Symbol.iterator }, { colors: true });
for (const [label, v, o] of cases) {
  let out;
  try { out = o ? util.inspect(v, o) : util.inspect(v); } catch (e) { out = 'THREW ' + e.message; }
  out = out.split('\n').filter((l) => !/^\s+at /.test(l) && !/^\s+\.\.\. \d+ lines matching/.test(l)).join('\n');
  console.log('## ' + label + '\n' + out);
}
