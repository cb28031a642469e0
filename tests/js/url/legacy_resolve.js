// url.resolve() and url.resolveObject() across schemes.
const url = require('url');
const pairs = [
  ['http://a/b/c/d;p?q', 'g'], ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', '//g'],
  ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', '#s'], ['http://a/b/c/d;p?q', ''],
  ['http://a/b/c/d;p?q', 'http:g'], ['http://a/b/c/d;p?q', 'HTTP://X/y'], ['http://a/b/c/d;p?q', 'mailto:a@b'],
  ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/a/', '../../..'],
  ['mailto:a@b.com', 'x'], ['mailto:a@b.com', 'mailto:z'], ['a/b', '../c'], ['a/b', '../../c'], ['/a/b', '../../c'],
  ['', 'x'], ['http://u@a/b', '//c/d'], ['file:///a/b', 'c'], ['http://a/b?x#y', '#z'], ['x://h/a/b', '../c'],
  ['javascript:x', 'y'], ['http://a', 'https:b'],
];
for (const [from, to] of pairs) console.log(JSON.stringify(from), JSON.stringify(to), url.resolve(from, to));
const o = url.resolveObject('http://a/b', '../c?d');
console.log(o.constructor.name, o.href, o.pathname, o.search);
try { url.resolve(5, 'x'); } catch (e) { console.log(e.code, e.message); }
