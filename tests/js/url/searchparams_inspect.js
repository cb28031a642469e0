// util.inspect of URLSearchParams and its iterators.
const util = require('util');
const p = new URLSearchParams('a=1&b=2&c=3');
console.log(p);
console.log(new URLSearchParams());
console.log(p.keys(), p.values(), p.entries());
console.log(util.inspect(p, { breakLength: 30 }));
console.log(util.inspect(p, { breakLength: 34 }), util.inspect(p, { breakLength: 33 }).includes('\n'));
console.log(util.inspect(p.keys(), { breakLength: 20 }));
console.log(util.inspect(p.entries(), { depth: 0 }));
console.log({ a: { b: { c: p } } }, [[p.keys()]]);
const it = p.values();
it.next();
it.next();
it.next();
console.log(it);
class Sub extends URLSearchParams {}
console.log(new Sub('q=1'));
console.log(util.inspect(new URLSearchParams("x='&y=\n")));
// The compact option: entries nest one level deeper than keys.
for (const c of [0, 1, 2, true, false]) {
  console.log(c, JSON.stringify(util.inspect(new URLSearchParams('b=2&a=1').entries(), { compact: c })),
    JSON.stringify(util.inspect(new URLSearchParams('b=2&a=1').keys(), { compact: c })),
    JSON.stringify(util.inspect(new URLSearchParams('b=2&a=1'), { compact: c })));
}
// More than six short items are laid out one per line, as an array would.
const many = (n) => new URLSearchParams(Array.from({ length: n }, (_, i) => ['k' + i, 'v'])).keys();
console.log(util.inspect(many(6)), util.inspect(many(7)).includes('\n'), util.inspect(many(7), { compact: true }));
// Nested one level, the layout check sees the entries one level deeper.
const long = new URLSearchParams('a=1&b=2&ccccccccccccccccccc=3&dddddddddddddddd=4');
console.log(util.inspect({ a: long.entries() }));
console.log(util.inspect(long.entries()));
