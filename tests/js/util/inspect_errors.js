'use strict';
// util.inspect errors: stacks (frames filtered out), cause, extra properties, AggregateError.
// Stack frame lines differ between engines and are dropped.
const util = require('util');
const cases = [];
const c = (label, v, o) => cases.push([label, v, o]);
const e2 = new TypeError('with props'); e2.code = 'E_CODE'; e2.extra = { a: 1 };
const e3 = new Error('nostack'); e3.stack = undefined; c('errnostack', e3);
const e4 = new Error('msg'); e4.name = 'Custom'; c('errname', e4);
class MyErr extends Error {} c('errsub', new MyErr('sub'));
const e5 = new Error(''); c('errempty', e5);
c('err', new Error('simple'));
c('errprops', e2);
c('errcause', new Error('outer', { cause: new Error('inner') }));
c('errcauseprim', new Error('outer', { cause: 'str' }));
c('agg', new AggregateError([new Error('a'), new RangeError('b')], 'many'));
c('errinobj', { e: new Error('nested') });
c('error-nomsg-props', Object.assign(new RangeError(), { code: 5 }));
c('err-in-arr', [new Error('in array')]);
c('err-name-override', (() => { const e = new TypeError('t'); e.name = 'Other'; return e; })());
c('err-null-proto', (() => { const e = new Error('np'); Object.setPrototypeOf(e, null); return e; })());
c('showhidden-err', new Error('hid'), { showHidden: true });
for (const [label, v, o] of cases) {
  let out;
  try { out = o ? util.inspect(v, o) : util.inspect(v); } catch (e) { out = 'THREW ' + e.message; }
  out = out.split('\n').filter((l) => !/^\s+at /.test(l) && !/^\s+\.\.\. \d+ lines matching/.test(l)).join('\n');
  console.log('## ' + label + '\n' + out);
}
