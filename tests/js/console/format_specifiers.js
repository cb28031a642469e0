// printf-style format specifiers of console.log (util.format).
console.log('%s|%d|%i|%f|%j|%%|%c|end', 'str', 42.5, 42.5, '3.25', { a: 1 }, 'color: red');
console.log('%o', { a: 1, b: 'x' });
console.log('%O', { a: { b: { c: { d: 1 } } } });
console.log('%s and %s', 'only one');
console.log('%s', 'a', 'extra', 1, { b: 2 });
console.log('%% stays %s', 'x', '%s');
console.log('100%', 'literal percent without args');
console.log('%x unknown specifier', 1);
console.log(5, '%s', 'no format when first arg is not a string');
