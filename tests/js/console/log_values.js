// console.log joins arguments with spaces and inspects non-strings.
console.log();
console.log('a', 1, true, null, undefined, 2n);
console.log([1, 'two', [3]], { k: 'v', n: 1 });
console.log('multi\nline');
console.log(-0, [-0], 0.1 + 0.2, 1e21, NaN, -Infinity);
console.log(function named() {}, () => {}, class K {});
console.log(Symbol('s'), [undefined, null], {});
console.log(new Map([['k', 1]]), new Set([1, 2]));
console.info('info goes to stdout');
console.debug('debug goes to stdout');
