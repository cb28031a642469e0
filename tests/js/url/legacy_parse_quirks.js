// url.parse(): quirks found by differential testing against node 24.
const url = require('url');
const keys = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query', 'pathname', 'path', 'href'];
const esc = (v) => JSON.stringify(v).replace(/[\x7f\u2028]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const show = (s, ...args) => {
  try {
    const u = url.parse(s, ...args);
    console.log(esc(s), esc(keys.map((k) => u[k])));
  } catch (e) {
    console.log(esc(s), e.name, e.code, e.message);
  }
};
// Path-only inputs skip escaping unless they hold "@", "#" or white space.
for (const s of ['/a"b{c}', '//a"b', '/a"@b', '/a"#b', '/a"?b"c', '/a" b', '///a"b', '/a"\u2028b', '/a"\u0085b']) show(s);
// The "no host without //" rule is case-sensitive; ws and wss count as web schemes.
for (const s of ['http:x', 'HTTP:x', 'Http:x/y', 'ws:x', 'WSS:x', 'ws://h', 'ftps:x', 'gopher:x', 'file:x', 'FILE:x']) show(s);
// Ports: a trailing ":digits" is the port, the first other ":" moves to the path.
for (const s of ['http://a:80:90/', 'http://a:1:/z', 'http://a::/z', 'http://a::1/z', 'http://a:/z', 'http://:80/', 'http://a:b;c:1/z',
  'x:a:1', 'x:a::', 'http://[::1]:/', 'http://[::1]:x/', 'http://a:8\t0/']) {
  show(s);
}
// Bracketed hosts: always followed by a path, inner text only lower-cased.
for (const s of ['x:[a]', 'x:[A]?q', 'http://[::1]% ', 'http://[a]b/', 'http://[a%25b]/', 'http://[' + 'b'.repeat(300) + ']?x']) show(s);
// Host names: JavaScript lower-casing (final sigma) before IDNA; DEL and C0 kept.
for (const s of ['http://S\u03a3/', 'http://\u03a3A/', 'http://a\x7fb/', 'http://a\u0001b/', 'http://A\u00c9\u0001/', 'http://a\uff0eb/',
  'http://a\u3002b/', 'http://\u0130.com/', 'http://a.com\u00ad/']) {
  show(s);
}
// Host length: 255 units is fine, more drops the name (after the port is taken off).
for (const n of [255, 256]) {
  const u = url.parse(`http://${'a'.repeat(n)}:80/x`);
  console.log(n, JSON.stringify([u.host.length, u.hostname.length, u.port, u.pathname, u.href.length]));
}
// Auth: up to the last "@" before the path; decoded; malformed escapes throw.
for (const s of ['http://a@b@c/d', 'http://a b@c/', 'http://@c/', 'http://a@/', 'x:u@h', '//u@h', '//u@h@i/p', 'http://%41%3A@b/',
  'http://a%@b/', 'x:%\u00e9@b', 'http://u\t@h/', 'http://a?b@c/']) {
  show(s);
}
// Trimming: C0 controls, space, NBSP and BOM at both ends, nothing else.
for (const s of ['\u0000\u001f http://a/ \ufeff', '\u00a0/a\u00a0', '\u2028http://a/', 'http://a/\u3000']) show(s);
// Query objects have no prototype; a path-only input gets one too.
for (const s of ['/a', '/a?b=1&b=2', 'http://h', 'x:y?z']) {
  const u = url.parse(s, true);
  console.log(JSON.stringify(s), JSON.stringify(u.query), Object.getPrototypeOf(u.query), u.search);
}
// slashesDenoteHost only matters without a scheme.
for (const s of ['//a/b', '//a', '///a', 'x://a', 'javascript://a']) show(s, false, true);
const u = url.parse('http://a/b');
console.log(url.parse(u) === u, u.parse('x:y') === u, u.href);
// Parsing again into the same Url: fields not found keep their values, an
// empty host name keeps the old one (which is checked again).
for (const [a, b, q] of [['http://a:8/?s#h', 'http:///x', false], ['http://[::1]/', 'http:///x', false], ['http://a/?s', 'x:y', true],
  ['http://a/?s', '/p', true], ['http://a/?s', '/p', false], ['x://u@h/p', 'x://@/q', false]]) {
  const v = new url.Url();
  v.parse(a);
  v.parse(b, q);
  console.log(JSON.stringify([a, b]), JSON.stringify(keys.map((k) => v[k])));
}
