// console.time misuse warns on stderr; timings themselves are not printed here.
console.timeEnd('missing');
console.timeLog('missing-too');
console.time('dup');
console.time('dup');
console.log('stdout stays clean');
