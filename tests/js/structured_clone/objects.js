'use strict';
// Plain objects: own enumerable string keys only, getters run in order,
// prototypes dropped; arrays keep holes, length and extra properties.
class Point {
  constructor() { this.x = 1; this.y = 2; }
  get sum() { return this.x + this.y; }
}
const p = structuredClone(new Point());
console.log(p, Object.getPrototypeOf(p) === Object.prototype, p.sum);

const o = { b: 1, a: 2, 10: 'ten', 2: 'two' };
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
o[Symbol('s')] = 'sym';
console.log(structuredClone(o));

const calls = [];
const g = {
  get first() { calls.push('first'); return 1; },
  get second() { calls.push('second'); delete this.third; this.late = 1; return 2; },
  third: 3,
};
console.log(structuredClone(g), calls);

const nullProto = Object.create(null);
nullProto.k = 'v';
const np = structuredClone(nullProto);
console.log(np, Object.getPrototypeOf(np) === Object.prototype);

const inherited = Object.assign(Object.create({ up: 1 }), { own: 2 });
console.log(structuredClone(inherited));

const arr = [1, , 3];
arr.extra = 'e';
arr[8] = 9;
const ac = structuredClone(arr);
console.log(ac, ac.length, 1 in ac, ac.extra, Array.isArray(ac));
console.log(structuredClone(new Array(4)).length);
class MyArray extends Array {}
const ma = structuredClone(MyArray.from([1, 2]));
console.log(ma, Object.getPrototypeOf(ma) === Array.prototype);

try {
  structuredClone({ ok: 1, get bad() { throw new RangeError('getter failed'); } });
} catch (e) {
  console.log(e.name, e.message);
}
