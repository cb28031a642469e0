'use strict';
// util.inspect arrays: grouping into columns, sparse arrays, limits.
// Stack frame lines differ between engines and are dropped.
const util = require('util');
const cases = [];
const c = (label, v, o) => cases.push([label, v, o]);
c('arr7', [1, 2, 3, 4, 5, 6, 7]);
c('arr30', Array.from({ length: 30 }, (_, i) => i * 37));
c('arr120', Array.from({ length: 120 }, (_, i) => i));
c('arrstr', Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)));
c('arrmixed', [1, 'two', { three: 3 }, [4], null, undefined, true]);
c('sparse', [1, , , 4, , 6]);
c('sparse2', Object.assign([], { 5: 1, length: 10 }));
c('arrprops', Object.assign([1, 2], { foo: 'bar', [Symbol('s')]: 1 }));
c('deeparr', [[[[[[1]]]]]]);
c('objinarr', [{ a: 1, b: 2 }, { a: 3, b: 4 }]);
c('arrayofobjs', Array.from({ length: 8 }, (_, i) => ({ id: i })));
c('arr_of_arrays', Array.from({ length: 10 }, (_, i) => [i, i * 2]));
c('bigarr', Array.from({ length: 101 }, (_, i) => i % 3));
c('strarr_long', Array.from({ length: 10 }, (_, i) => 'item number ' + i));
for (const n of [6, 7, 16, 27, 50, 99, 100, 101]) c('nums' + n, Array.from({ length: n }, (_, i) => (i * 7919) % 1000));
for (const n of [7, 12, 40]) c('words' + n, Array.from({ length: n }, (_, i) => 'w'.repeat((i * 3) % 11 + 1)));
c('neg', Array.from({ length: 20 }, (_, i) => (i % 2 ? -i : i * 1000)));
c('floats', Array.from({ length: 12 }, (_, i) => i / 3));
c('bigints', Array.from({ length: 10 }, (_, i) => BigInt(i) ** 5n));
c('mixedgroup', [1, 'a', 2, 'bb', 3, 'ccc', 4, 'dddd']);
c('nested-grouping', { list: Array.from({ length: 30 }, (_, i) => i), other: { deep: Array.from({ length: 10 }, (_, i) => 'x' + i) } });
c('arr-long-strings', ['a'.repeat(50), 'b'.repeat(50)]);
c('arr-depth', [[[[1, 2, [3]]]]]);
c('sparse-long', (() => { const a = []; a[3] = 1; a[50] = 2; a.length = 100; return a; })());
c('maxarr-sparse', [1, , 3, , 5], { maxArrayLength: 3 });
c('str-in-arr-split', ['line1\nline2 and more text here to exceed the width of sixteen chars']);
for (const [label, v, o] of cases) {
  let out;
  try { out = o ? util.inspect(v, o) : util.inspect(v); } catch (e) { out = 'THREW ' + e.message; }
  out = out.split('\n').filter((l) => !/^\s+at /.test(l) && !/^\s+\.\.\. \d+ lines matching/.test(l)).join('\n');
  console.log('## ' + label + '\n' + out);
}
