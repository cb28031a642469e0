// url.parse(): tabs and line breaks before the first "/", "?" or "#" of a
// parsed authority are dropped; later ones are escaped.
const url = require('url');
for (const s of ['x:a\tb/c\td', 'x:a b\tc?d\te', 'http://a b\tc/d\te', 'http://u\t@h/', 'http://h:8\t0/', 'x:\t',
  'x:a\t\n\rb@c\td', 'http:\ta.com', 'mailto:\t255=', 'http://a.com/\tb\nc']) {
  const u = url.parse(s);
  console.log(JSON.stringify(s), JSON.stringify([u.auth, u.host, u.pathname, u.search, u.hash, u.href]));
}
