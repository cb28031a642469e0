// querystring.parse() corner cases: separators that stringify empty,
// maxKeys counting empty pieces, text without valid escapes kept as is,
// an overridden querystring.unescape.
const qs = require('querystring');
console.log(qs.parse('a&b', []), qs.parse('a', null, []));
console.log(Object.keys(qs.parse('&a', null, null, { maxKeys: 1 })).length);
console.log(qs.parse('%\u0100=%\u0101&\u0100%zz=1&%\u0100%41=2'));
const original = qs.unescape;
qs.unescape = (s) => s.replace(/o/g, '_');
console.log(qs.parse('foo=bor'));
qs.unescape = original;
console.log(qs.parse('foo=b%6Fr'));
