// console.assert prints to stderr only when the assertion fails.
console.assert(true, 'not printed');
console.assert(1 === 1);
console.log('after passing asserts');
console.assert(false, 'failed with %s', 'format');
console.assert(0);
console.assert(null, { o: 1 });
console.log('assert does not throw');
