'use strict';
// util.inspect options: getters, custom inspect, sorted, compact, breakLength, depth.
// Stack frame lines differ between engines and are dropped.
const util = require('util');
const cases = [];
const c = (label, v, o) => cases.push([label, v, o]);
c('getters', { get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {} });
c('getterstrue', { get a() { return 1; }, get o() { return { x: 1 }; }, get c() { return 2; }, set c(v) {}, get t() { throw new Error('boom'); } }, { getters: true });
c('gettersget', { get a() { return 1; }, get c() { return 2; }, set c(v) {} }, { getters: 'get' });
c('getterssset', { get a() { return 1; }, get c() { return 2; }, set c(v) {} }, { getters: 'set' });
c('custom', { [util.inspect.custom](depth, opts, insp) { return { depth, hasStylize: typeof opts.stylize, same: insp === util.inspect }; } });
c('customstr', { inner: { [util.inspect.custom]() { return 'CUSTOM\nLINES'; } } });
c('customoff', { [util.inspect.custom]() { return 'X'; }, y: 1 }, { customInspect: false });
c('sorted', { c: 1, a: 2, b: { z: 1, y: 2 } }, { sorted: true });
c('sortedfn', { c: 1, a: 2, b: 3 }, { sorted: (a, b) => (a < b ? 1 : -1) });
c('compact1', { a: [1, 2, { b: 3 }], c: 'str' }, { compact: 1 });
c('compactfalse', { a: [1, 2, { b: 3 }], c: 'str' }, { compact: false });
c('compacttrue', { a: [1, 2, { b: 3 }], c: 'str', long: 'x'.repeat(80) }, { compact: true });
c('break20', { aaaa: 1, bbbb: 2, cccc: 3, dddd: 4 }, { breakLength: 20 });
c('breakinf', { a: 'x'.repeat(100), b: 'y'.repeat(100) }, { breakLength: Infinity });
c('maxarr', [1, 2, 3, 4, 5], { maxArrayLength: 2 });
c('maxarr0', [1, 2, 3], { maxArrayLength: 0 });
c('longkeys', { ['k'.repeat(30)]: 'v'.repeat(30), ['j'.repeat(30)]: 'w'.repeat(30) });
c('objs-in-arr', Array.from({ length: 3 }, (_, i) => ({ id: i, name: 'name' + i, tags: ['a', 'b'], nested: { x: i } })));
c('long-obj', Object.fromEntries(Array.from({ length: 30 }, (_, i) => ['key' + i, i])));
c('mid-obj', { alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbb', gamma: 'cccccccccccc', delta: 'dddddddddd' });
c('76chars', { a: 'x'.repeat(60), b: 1 });
c('indent-str', { level1: { level2: { text: 'line1\nline2\nline3 that is long enough to split'.repeat(2) } } });
c('compact-3-deep', { a: { b: { c: {} } } });
c('compact-4-deep', { a: { b: { c: { d: 1 } } } });
c('depth-neg', { a: 1 }, { depth: -1 });
c('depth-null', { a: { b: { c: { d: { e: {} } } } } }, { depth: null });
for (const [label, v, o] of cases) {
  let out;
  try { out = o ? util.inspect(v, o) : util.inspect(v); } catch (e) { out = 'THREW ' + e.message; }
  out = out.split('\n').filter((l) => !/^\s+at /.test(l) && !/^\s+\.\.\. \d+ lines matching/.test(l)).join('\n');
  console.log('## ' + label + '\n' + out);
}
