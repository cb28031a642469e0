// Setters with state overrides: what each accepts, ignores or normalises.
function run(href, prop, values) {
  for (const v of values) {
    const u = new URL(href);
    u[prop] = v;
    console.log(prop, JSON.stringify(v), u.href);
  }
}
run('http://u:p@h.com:81/a?q#f', 'protocol', ['https', 'HTTPS:', 'ftp:x', 'sc', 'file', '1x', '']);
run('sc://h/p', 'protocol', ['http', 'other']);
run('file:///x', 'protocol', ['http']);
run('http://h.com:81/', 'host', ['x.com', 'x.com:99', 'x.com:80', ':90', '', 'x y', 'x.com:abc', '[::1]:5', 'x/y']);
run('http://h.com:81/', 'hostname', ['x.com', 'x.com:99', '', 'EX%41.com']);
run('http://h.com:81/', 'port', ['8080', '80', '', '12ab', 'ab', '65536', ' 1', 8]);
run('file://h/x', 'port', ['1']);
run('http://h/a/b', 'pathname', ['x/y', '/../z', '\\a\\b', 'a b?#', '']);
run('sc:opaque', 'pathname', ['/x']);
run('http://h/?old', 'search', ['a=b c', '?x', '', '#y', '?']);
run('http://h/#old', 'hash', ['x y', '#z', '', '`']);
run('http://h/', 'username', ['us er', 'a:b@c']);
run('file:///x', 'username', ['u']);
run('http://h/', 'password', ['p:w', '']);
run('http://h/', 'href', ['https://other/path']);
const u = new URL('http://h/');
try { u.href = 'not a url'; } catch (e) { console.log(e.code, e.input); }
console.log(u.href);
