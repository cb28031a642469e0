// url.format() of Url-like objects, strings and WHATWG URLs with options.
const url = require('url');
const objects = [
  { protocol: 'http', host: 'a.com', pathname: 'x/y', search: 'q=1', hash: 'h' },
  { protocol: 'http:', hostname: 'a.com', port: 8080, pathname: '/x#?', query: { a: 1, b: [2, 3] } },
  { protocol: 'http:', hostname: '::1', port: 80 },
  { protocol: 'mailto', auth: 'u:p@x', host: 'h' },
  { protocol: 'file', pathname: '/x' },
  { protocol: 'file:', host: '', pathname: 'x' },
  { protocol: 'x', slashes: true, host: 'h', pathname: 'p' },
  { pathname: '/a', search: '?b#c', hash: 'd' },
  { host: 'h', pathname: 'p' },
  {},
  { protocol: 'http:', auth: 'a b:c@d', host: 'a', query: 'ignored' },
];
for (const o of objects) console.log(JSON.stringify(url.format(o)));
console.log(url.format('HTTP://X.com/a b'));
const w = new URL('http://u:p@\u00e9.com/p?q#f');
console.log(url.format(w), url.format(w, { fragment: false, unicode: true, auth: false, search: false }));
for (const bad of [5, null, undefined]) {
  try { url.format(bad); } catch (e) { console.log(e.code, e.message); }
}
try { url.format(w, 5); } catch (e) { console.log(e.code, e.message); }
