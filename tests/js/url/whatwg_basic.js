// new URL(): components of an absolute URL, normalisation of scheme, host,
// default port and dot segments; toString/toJSON/String.
const u = new URL('HTTPS://User:Pa%20ss@EXAMPLE.com:443/a/./b/../c?x=1&y=2#frag');
for (const k of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash']) {
  console.log(k, JSON.stringify(u[k]));
}
console.log(String(u) === u.href, u.toJSON() === u.href, JSON.stringify({ u }));
console.log(new URL('http://h:8080').host, new URL('ws://h:80').port === '', new URL('ftp://h:21/').href);
console.log(new URL('http://h').pathname, new URL('sc://h').pathname === '', new URL('sc:x').pathname);
console.log(new URL('  \t http://h/a\tb\nc  ').href);
console.log(new URL('http://h?').href, new URL('http://h#').href, new URL('http://h?').search === '');
console.log(Object.prototype.toString.call(u), typeof URL, URL.length);
