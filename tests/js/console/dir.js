// console.dir inspects with options; strings are quoted.
const deep = { a: { b: { c: { d: 1 } } } };
console.dir(deep);
console.dir(deep, { depth: 0 });
console.dir(deep, { depth: 1 });
console.dir('string');
console.dir([1, 2, 3]);
