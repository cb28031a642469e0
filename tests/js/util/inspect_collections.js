'use strict';
// util.inspect Map/Set/weak collections, typed arrays, ArrayBuffer, DataView.
// Stack frame lines differ between engines and are dropped.
const util = require('util');
const cases = [];
const c = (label, v, o) => cases.push([label, v, o]);
const m1 = new Map([[1, { a: 1 }], ['k', [1, 2]]]); const s1 = new Set([1, 'a', { b: 2 }]);
c('map', m1); c('set', s1); c('emptymap', new Map()); c('mapprops', Object.assign(new Map([[1,2]]), { x: 1 }));
c('weak', [new WeakMap(), new WeakSet()]);
c('typed', [new Uint8Array([1, 2, 3]), new Float64Array(2), new BigInt64Array([1n]), new Uint8Array(0)]);
c('typedlong', new Uint16Array(200));
c('ab', new ArrayBuffer(5));
c('ablong', new ArrayBuffer(100));
c('dv', new DataView(new ArrayBuffer(4), 1, 2));
c('typedhidden', new Uint8Array([1, 2]), { showHidden: true });
c('maxarrset', new Set([1, 2, 3]), { maxArrayLength: 1 });
c('map-nested', new Map([['a', new Map([['b', new Map([['c', new Map([['d', 1]])]])]])]]));
c('set-of-arrays', new Set([[1, 2], [3, 4]]));
c('typed-props', Object.assign(new Uint8Array(2), { x: 1 }));
c('buffer-like', new Uint8Array(new ArrayBuffer(8), 2, 3));
c('map-sub', new (class M extends Map {})([[1, 2]]));
c('showhidden-map', new Map([[1, 2]]), { showHidden: true });
for (const [label, v, o] of cases) {
  let out;
  try { out = o ? util.inspect(v, o) : util.inspect(v); } catch (e) { out = 'THREW ' + e.message; }
  out = out.split('\n').filter((l) => !/^\s+at /.test(l) && !/^\s+\.\.\. \d+ lines matching/.test(l)).join('\n');
  console.log('## ' + label + '\n' + out);
}
