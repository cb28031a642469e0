// DEP0169 comes from url.parse/resolve/resolveObject/format(string) and
// Url#resolve, not from Url#parse, Url#resolveObject or format(object);
// DEP0170 names the input as given, once.
const url = require('url');
const seen = [];
process.on('warning', (w) => seen.push(`${w.code} ${w.message}`));
const u = new url.Url();
u.parse('http://a/b');
u.resolveObject('c');
url.format(u);
url.format({ host: 'h' });
url.resolveObject('', 'x');
setTimeout(() => {
  console.log('quiet calls:', seen.length);
  u.resolve('c');
  url.parse(' http://a:x/\t');
  url.parse('http://b:y/');
  setTimeout(() => console.log(seen.join('\n')), 10);
}, 10);
