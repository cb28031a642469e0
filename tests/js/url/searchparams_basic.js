// URLSearchParams methods: append/delete(with value)/get/getAll/has(with
// value)/set/sort/size/toString and iteration.
const p = new URLSearchParams('?a=1&b=2&a=3&c');
console.log(p.get('a'), p.get('zz'), p.getAll('a'), p.has('c'), p.has('a', '3'), p.has('a', '9'), p.size);
p.append('d', 'x y');
p.set('a', 'only');
p.delete('b', 'nope');
console.log(p.toString(), p.size);
p.delete('b', '2');
p.delete('c');
console.log(p.toString());
console.log([...p], [...p.keys()], [...p.values()], [...p.entries()]);
const s = new URLSearchParams('z=1&b=2&a=3&b=1&\ud83d\ude00=4&\ufffd=5&A=6');
s.sort();
console.log(s.toString());
const seen = [];
s.forEach(function (v, k, o) { seen.push(`${k}=${v}`, o === s); });
console.log(seen.join(' '));
console.log(p[Symbol.iterator] === p.entries, Object.prototype.toString.call(p.keys()));
// Iterators see later appends.
const live = new URLSearchParams('a=1');
const it = live.keys();
live.append('b', '2');
console.log([...it]);
