'use strict';
// util.inspect objects, classes, functions, circular references, proxies.
// Stack frame lines differ between engines and are dropped.
const util = require('util');
const cases = [];
const c = (label, v, o) => cases.push([label, v, o]);
const circ = { name: 'c' }; circ.self = circ; circ.arr = [circ, { back: circ }];
const fprops = function withProps() {}; fprops.x = 1; c('fnprops', fprops);
class Foo { constructor() { this.x = 1; } }
class Bar extends Foo { get [Symbol.toStringTag]() { return 'Tagged'; } }
c('nested', { a: { b: { c: { d: { e: 1 } } } } });
c('nestedd0', { a: { b: 1 }, c: [1] }, { depth: 0 });
c('nestedinf', { a: { b: { c: { d: { e: 1 } } } } }, { depth: Infinity });
c('circular', circ);
c('date', [new Date(0), new Date(NaN)]);
c('regexp', [/a+b/gi, Object.assign(/x/, { extra: 1 })]);
c('fns', [function named() {}, () => {}, async function af() {}, function* gf() {}, async function* agf() {}, class A {}, class B extends Array {}, Math.max]);
c('anonclass', class {});
c('nullproto', Object.assign(Object.create(null), { a: 1 }));
c('nullprotoempty', Object.create(null));
c('classes', [new Foo(), new Bar(), Object.create(Foo.prototype)]);
c('proxy', new Proxy({ a: 1 }, {}));
c('proxyfn', new Proxy(function f() {}, {}));
c('args', (function () { return arguments; })(1, 2));
c('hidden', [1, 2], { showHidden: true });
c('hiddenobj', Object.defineProperty({ a: 1 }, 'h', { value: 2, enumerable: false }), { showHidden: true });
c('emptyobjs', [{}, [], new Set(), Object.create(null), new (class X {})()]);
c('objwithproto', Object.create({ inherited: 1 }));
c('frozen', Object.freeze({ a: 1 }));
c('symboltag', { [Symbol.toStringTag]: 'Own', a: 1 });
c('symboltaghidden', Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Hid' }));
c('classstatic', class S { static x = 1; });
c('classextends', class Child extends Foo {});
c('fn-name-prop', Object.defineProperty(function real() {}, 'name', { value: 'fake' }));
c('fn-noname', Object.defineProperty(function () {}, 'name', { value: 5 }));
c('bound', function orig() {}.bind(null));
c('date-props', Object.assign(new Date(0), { x: 1 }));
c('invalid-date-sub', new (class D extends Date {})(0));
c('regexp-sub', new (class R extends RegExp {})('a'));
c('arr-sub', new (class MyArr extends Array {})(1, 2, 3));
c('promise-sub', Object.create(Promise.prototype) instanceof Promise);
c('obj-toString-tag-class', new (class Q { get [Symbol.toStringTag]() { return 'QQ'; } })());
c('getter-on-class', new (class G { get v() { return 1; } })(), { getters: true });
c('showhidden-class', new (class H { constructor() { this.a = 1; } get v() { return 1; } })(), { showHidden: true });
for (const [label, v, o] of cases) {
  let out;
  try { out = o ? util.inspect(v, o) : util.inspect(v); } catch (e) { out = 'THREW ' + e.message; }
  out = out.split('\n').filter((l) => !/^\s+at /.test(l) && !/^\s+\.\.\. \d+ lines matching/.test(l)).join('\n');
  console.log('## ' + label + '\n' + out);
}
