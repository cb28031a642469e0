// util.format('%s') uses the toString of classes implemented in JS by the
// runtime (URL, URLSearchParams), and inspects engine built-ins that have
// no toString of their own.
const util = require('util');
console.log(util.format('%s', new URL('https://a.b/c?d=1#e')));
console.log(util.format('%s|%s', new URLSearchParams('a=1&b=2'), new Map([[1, 2]])));
class A { toString() { return 'custom'; } }
console.log(util.format('%s %s %s', new A(), [1, [2, [3]]], { x: { y: 1 } }));
console.log(util.format('%s', new Error('boom')).split('\n')[0]);
