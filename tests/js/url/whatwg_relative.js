// Relative references resolved against a base (RFC 3986 examples and
// special-scheme backslash rules).
const base = 'http://a/b/c/d;p?q';
for (const ref of ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
  '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g',
  'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'http:g', '\\g', '\\\\x\\y', '%2e%2E/g']) {
  console.log(JSON.stringify(ref), new URL(ref, base).href);
}
console.log(new URL('x', new URL('http://h/a/b')).href);
console.log(new URL('#f', 'sc:opaque?q').href);
console.log(new URL('/x', 'sc://h/a/b').href, new URL('x', 'sc:/a/b').href);
try { new URL('x', 'sc:opaque'); } catch (e) { console.log(e.code, e.input, e.base); }
