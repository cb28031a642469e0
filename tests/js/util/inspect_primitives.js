'use strict';
// util.inspect primitives, strings, keys and boxed values.
// Stack frame lines differ between engines and are dropped.
const util = require('util');
const cases = [];
const c = (label, v, o) => cases.push([label, v, o]);
c('num', [1, -0, 1.5, NaN, Infinity, 123456789, 2n ** 70n]);
c('numsep', [1234567.891, 123456789n, -1000, 0.0001], { numericSeparator: true });
c('str', ['a', "it's", 'both \' and "', 'all \' " `', 'nl\nx', '\x00\x7f\u200b', '\ud800']);
c('longstr', 'x'.repeat(20) + '\n' + 'y'.repeat(100) + '\nend');
c('longstr2', ['x'.repeat(20) + '\n' + 'y'.repeat(100) + '\nend']);
c('maxstr', 'abcdefghij', { maxStringLength: 4 });
c('boxed', [new Number(3), new String('str'), new Boolean(false), Object(Symbol('s')), Object(10n), Object.assign(new Number(-0), { x: 1 })]);
c('symbols', { [Symbol('a')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, 'key with space': 4, 'valid_id': 5, '1abc': 6, '3': 7 });
c('negzero', { z: -0, a: [-0] });
c('key-quoting', { 'a-b': 1, 'c d': 2, "it's": 3, '': 4, 'ünï': 5, '$ok': 6, _u: 7 });
c('symbol-desc', [Symbol('with space'), Symbol(''), Symbol.for('reg')]);
c('number-keys', { 1: 'a', 10: 'b', 2: 'c', x: 'd' });
for (const [label, v, o] of cases) {
  let out;
  try { out = o ? util.inspect(v, o) : util.inspect(v); } catch (e) { out = 'THREW ' + e.message; }
  out = out.split('\n').filter((l) => !/^\s+at /.test(l) && !/^\s+\.\.\. \d+ lines matching/.test(l)).join('\n');
  console.log('## ' + label + '\n' + out);
}
