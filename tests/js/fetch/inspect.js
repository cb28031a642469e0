'use strict';
// util.inspect of Headers, FormData, Request and Response: the names as
// first spelled (set() respells), nesting and depth limits.
const util = require('util');

const h = new Headers({ a: '1' });
h.set('A', '2');
h.append('B', 'x');
h.delete('b');
h.append('b', 'y');
console.log(h, new Headers(h), new Headers([['X-Y', 'z']]));

const fd = new FormData();
fd.append('a', 'b');
fd.append('a', 'c');
fd.append('f', new File(['x'], 'f.txt', { lastModified: 7 }));
const objects = [h, fd, new Request('http://a.test/p', { headers: { Z: '1' } }), new Response(null, { status: 404 })];
for (const o of objects) {
  console.log(util.inspect(o, { depth: -1 }));
  console.log(util.inspect(o, { depth: 0 }));
  console.log(util.inspect({ x: { y: { z: o } } }));
  console.log(util.inspect([o], { compact: false, depth: 1 }));
}
console.log([new Headers(), new FormData()], String(new Response()), `${new Headers()}`);
