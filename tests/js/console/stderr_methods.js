// console.error and console.warn write to stderr, not stdout.
console.log('stdout 1');
console.error('to stderr via error %d', 1);
console.warn('to stderr via warn');
console.log('stdout 2');
