// url.parse(): node's legacy fields and quirks.
const url = require('url');
const keys = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query', 'pathname', 'path', 'href'];
const show = (s, ...args) => {
  try {
    const u = url.parse(s, ...args);
    console.log(JSON.stringify(s), JSON.stringify(keys.map((k) => u[k])));
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.code, e.message, e.input);
  }
};
for (const s of ['http://user:pass@Host.COM:8080/p/a/t/h?query=string#hash', 'http://a b.com/x y', ' http://a.com/ ',
  'http:\\\\a.com\\b\\c?x\\y', 'http://a@b@c/', 'http://[::1]:80/x', 'javascript:alert(1)', 'mailto:foo@bar.com',
  'foo/bar', '/foo?a=b', '//host/path', 'x:y', 'http://a.com:xyz/', 'http://a.com:99999/', 'http://ab%20c.com/',
  'http://a\u00e9.com/', 'file:///etc/passwd', 'file:/x', 'http://a.com/"<>`{}|^\'', '?x=1', '#x', '', 'http://',
  'git+ssh://git@github.com:a/b.git', 'http://x.com\\@y.com/', 'http://a.com/\tb', 'http://' + 'a'.repeat(256),
  'http://[::1]x/', 'http://a\u0000b/', 'http://a[b/', '\u00a0http://a.com/\u2028', 'http://u%20s:p%3Aw@host/']) {
  show(s);
}
show('/a?x=1&x=2&y', true);
show('http://a/', true);
show('//a/b', false, true);
show('//u@a/b?c', true, true);
const u = url.parse('http://a/b');
console.log(u instanceof url.Url, u.constructor.name, Object.keys(new url.Url()));
try { url.parse(5); } catch (e) { console.log(e.code, e.message); }
