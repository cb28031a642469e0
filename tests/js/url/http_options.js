// urlToHttpOptions() and the module's export list.
const url = require('url');
console.log(url.urlToHttpOptions(new URL('https://u:p@[::1]:8080/a/b?c=d#e')));
console.log(url.urlToHttpOptions(new URL('http://a%20b:c@x.com')));
console.log(url.urlToHttpOptions({ href: 'x' }));
try { url.urlToHttpOptions(null); } catch (e) { console.log(e.code); }
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams);
const expected = ['Url', 'parse', 'resolve', 'resolveObject', 'format', 'URL', 'URLSearchParams', 'domainToASCII',
  'domainToUnicode', 'pathToFileURL', 'fileURLToPath', 'fileURLToPathBuffer', 'urlToHttpOptions'];
console.log(expected.filter((k) => !(k in url)));
