// util.inspect of URL objects (custom inspector), nested and at depth.
const util = require('util');
const u = new URL('https://user:pw@example.com:8080/p?a=1&b=2#h');
console.log(u);
console.log(util.inspect(u, { depth: 0 }));
console.log({ a: { b: { c: u } } });
console.log([new URL('sc:x')]);
console.log(util.inspect({ x: new URL('http://h/') }, { compact: false }));
class MyURL extends URL {}
console.log(new MyURL('http://h/'));
