'use strict';
// FormData: entries in order, Blob values become Files, set() keeps the
// first position, and Node's argument errors.
const { attempt } = require('./helpers/report');

const fd = new FormData();
fd.append('a', '1');
fd.append('a', 2);
fd.append('b', new Blob(['x'], { type: 'Text/Plain' }));
fd.append('c', new Blob(['yy']), 'y.txt');
const file = new File(['z'], 'z.txt', { lastModified: 5, type: 't/x' });
fd.append('d', file);
fd.append('e', file, 'renamed');

console.log(fd.get('a'), fd.getAll('a'), fd.get('zz'), fd.getAll('zz'), fd.has('a'), fd.has('q'));
const b = fd.get('b');
console.log(b instanceof File, b.name, b.type, b.size);
const c = fd.get('c');
console.log(c instanceof File, c.name, c.size);
console.log(fd.get('d') === file, fd.get('e') === file, fd.get('e').name, fd.get('e').lastModified, fd.get('e').type);

fd.append('a', '3');
fd.set('a', 'X');
console.log([...fd.keys()]);
fd.set('new', 'n');
fd.delete('b');
console.log([...fd.keys()], [...fd.values()].map((v) => typeof v));
console.log(JSON.stringify([...fd.entries()].filter(([, v]) => typeof v === 'string')));

const small = new FormData();
small.append('k', 'v1');
small.append('k', 'v2');
small.append('j', 'w');
console.log(small);
console.log(new FormData());

// Lone surrogates become U+FFFD in names and values.
const usv = new FormData();
usv.append('\ud800', '\udc00x');
console.log([...usv].map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));

small.forEach(function each(value, name, target) {
  console.log('forEach', name, value, target === small, this.tag);
}, { tag: 'T' });

console.log(Object.keys(FormData.prototype));
console.log(Object.prototype.toString.call(fd), Object.prototype.toString.call(fd.entries()));
console.log(FormData.prototype[Symbol.iterator] === FormData.prototype.entries);

attempt('append 1', () => fd.append('a'));
attempt('append 0', () => fd.append());
attempt('filename string', () => fd.append('a', 'b', 'c'));
attempt('filename object', () => fd.append('a', {}, 'c'));
attempt('set filename', () => fd.set('a', 5, 'c'));
attempt('get 0', () => fd.get());
attempt('getAll 0', () => fd.getAll());
attempt('has 0', () => fd.has());
attempt('delete 0', () => fd.delete());
attempt('forEach 5', () => fd.forEach(5));
attempt('ctor arg', () => new FormData({}));
attempt('ctor number', () => new FormData(5));
attempt('ctor undefined', () => new FormData(undefined).has('a'));
attempt('illegal', () => FormData.prototype.get.call({}, 'a'));
attempt('symbol name', () => fd.append(Symbol('s'), 'x'));
