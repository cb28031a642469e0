// The module wrapper: (exports, require, module, __filename, __dirname), this === module.exports.
console.log('this === module.exports:', this === module.exports);
console.log('arguments.length:', arguments.length);
console.log('arguments match:',
  arguments[0] === exports, arguments[1] === require, arguments[2] === module,
  arguments[3] === __filename, arguments[4] === __dirname);
var topLevelVar = 1;
console.log('top-level var is not global:', typeof globalThis.topLevelVar);
console.log('typeof require.resolve:', typeof require.resolve, typeof require.cache);
