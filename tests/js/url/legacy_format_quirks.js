// url.format(object): how node reads and joins the fields.
const url = require('url');
const show = (o) => {
  try {
    console.log(JSON.stringify(url.format(o)));
  } catch (e) {
    console.log(e.name, e.code);
  }
};
// "//" and the "/" before the path, by scheme, slashes and host.
for (const protocol of [undefined, 'http', 'file', 'FILE:', 'x', 'ws:']) {
  const row = [];
  for (const slashes of [undefined, true]) {
    for (const host of ['', 'h']) {
      for (const pathname of ['', 'p', '/p']) row.push(url.format({ protocol, slashes, host, pathname }));
    }
  }
  console.log(String(protocol), JSON.stringify(row));
}
// Truthiness is judged on the values as given: [] is truthy but prints ''.
show({ protocol: [], hostname: 'h' });
show({ hash: [], search: [], pathname: 'p' });
show({ slashes: 1, host: 'h', pathname: [] });
show({ protocol: 5, host: 5, pathname: 5, search: 5, hash: 5 });
// Host names with ":" get brackets unless they already have both.
for (const hostname of ['::1', '[::1]', '[a:b', 'a:b]', 'a']) show({ protocol: 'http', hostname, port: 8 });
show({ protocol: 'http', host: 'h:1', hostname: 'ignored', port: 2 });
// Auth: querystring escaping with ":" kept; non-string values only as far
// as their own length reaches.
for (const auth of ['a b:c@d', 'u\u00e9:p', ['a', 'b'], ['ab c', 'x'], ['a b', 'x'], { length: 5, toString: () => 'a:b c d' }, { a: 1 }, 5,
  'x\ud800', { length: 9, toString: () => 'a' }]) {
  show({ protocol: 'http', auth, host: 'h' });
}
// The query object is serialized even when search wins (and can throw).
show({ search: '?s', query: { a: 1 } });
show({ query: { a: [1, 2], b: '' } });
show({ search: 'q#x', pathname: 'a#b?c', hash: 'h#i' });
show({ search: '?s', query: { '\ud800': 1 } });
// Field reads, in order.
const log = [];
const o = {};
for (const k of ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query', 'pathname']) {
  Object.defineProperty(o, k, { get() { log.push(k); return k === 'host' ? '' : k === 'query' ? { q: 1 } : k; } });
}
console.log(url.format(o), log.join(','));
console.log(url.parse('http://a/b').format(), new url.Url().format() === '');
