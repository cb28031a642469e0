// url.resolve()/resolveObject(): dot segments, schemes that keep the host
// in the path, and what happens to the objects involved.
const url = require('url');
const pairs = [
  ['/..//a..', 'p/q'], ['a', '..'], ['a/b', '.'], ['http://a/b', '..'], ['http://a/b/c', '../../../..'], ['/a/b', 'c/./../d/'],
  ['urn:///b', 'urn://.'], ['urn:b', 'urn:.'], ['urn:/b/c', 'urn:../..'], ['urn:/b/c', 'urn:a/..'], ['urn:///b', 'urn://a/.'],
  ['x:u@h/a', 'x:?q'], ['x:u@h/a', '?q'], ['x:u@h/a', 'x:/b'], ['x:u@h/a', '/b'], ['x:u@h', 'x:u2@'], ['mailto:u@h', 'b'],
  ['x://u@h/a', 'x:b'], ['http://u@h/a', 'http:b'], ['http://u@h/a', '//v/w'], ['http://a/b', 'https:c/d'], ['http://a/b', 'file:c'],
  ['http://a/b?q#f', ''], ['http://a/b?q#f', '#g'], ['http://a/b?q#f', '?'], ['ws://h/a/b', 'c'], ['javascript:a/b', 'c'],
  ['http://a/b', 'HTTP://A/c'], ['//h/a', 'b'], ['', ''], ['http://a/b c', 'd e'],
];
for (const [from, to] of pairs) console.log(JSON.stringify(from), JSON.stringify(to), JSON.stringify(url.resolve(from, to)));
// A relative Url object loses its host when it names the base's scheme
// again (the scheme keeps hosts in the path); the base is left alone.
const base = url.parse('mailto:a@b');
const rel = url.parse('mailto:c@d/e');
const out = url.resolveObject(base, rel);
console.log(out.href, out.constructor.name, JSON.stringify([rel.host, rel.hostname, rel.port, rel.auth]), base.host);
// Custom fields of the base are copied; a non-string reference is read as an object.
base.extra = 1;
console.log(url.resolveObject(base, 'f').extra, url.resolveObject(base, 5).href, url.resolveObject(base, {}).hash);
console.log(url.resolveObject('', 'x'), url.resolveObject(null, 'x'), url.resolve('', 'x'));
const u = url.parse('http://a/b/c');
console.log(u.resolve('d'), u.resolve(url.parse('//x/y', false, true)), u.resolveObject('../e').href);
for (const args of [[5, 'x'], ['x', 5], [{}, 'x'], [undefined, 'x']]) {
  try {
    url.resolve(...args);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
const h = new url.Url();
h.host = 'a:80:90';
h.parseHost();
console.log(h.hostname, h.port);
