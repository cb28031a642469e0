// querystring.parse(): repeated keys, '+', malformed escapes, separators,
// maxKeys and a custom decoder.
const qs = require('querystring');
const show = (...args) => console.log(JSON.stringify(args[0]), qs.parse(...args));
show('a=1&b=2&a=3&c&=d&e=&&f=%zz&g=%E2%82%AC&h=%FF&i=a+b&j=%2B');
show('a:1;b:2', ';', ':');
show('a=1&&b=2', '&&');
show('a5b6c', 5, 6);
show('a=1&b=2', '', '');
show('a==b=c');
show('a=1&b=2&c=3', null, null, { maxKeys: 2 });
show('a=1&a=2&b=3', null, null, { maxKeys: 2 });
show('a=1&b=2&c=3', null, null, { maxKeys: 0 });
show('a=1&b=2&c=3', null, null, { maxKeys: '1' });
show('a=%41&b', null, null, { decodeURIComponent: (s) => s + '!' });
show('a=%41', null, null, { decodeURIComponent: () => { throw new Error('no'); } });
show('__proto__=1&constructor=2');
show('%E2%82%AC=1&%e2%82%ac=2&%C3=3&%u0041=4');
show('');
show(5);
console.log(Object.getPrototypeOf(qs.parse('a=1')), qs.decode === qs.parse);
