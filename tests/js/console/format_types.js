// How %s, %d, %i, %f and %j treat different types.
console.log('%s|%s|%s|%s|%s|%s', 42, -0, 5n, Symbol('sym'), null, undefined);
console.log('%s|%s|%s', { a: 1 }, [1, 2], new Error('e').message);
console.log('%d|%d|%d|%d|%d', '42', '0x10', {}, 5n, -0);
console.log('%i|%i|%i|%i', '42.9', -3.7, 'abc', 7n);
console.log('%f|%f|%f', '1.5e3', 'x', 2);
const circular = { name: 'c' };
circular.self = circular;
console.log('%j', circular);
console.log('%j|%j|%j', 'str', [1, 'a'], undefined);
