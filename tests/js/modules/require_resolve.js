// require.resolve returns absolute file names (printed relative here) and
// builtin names unchanged.
const path = require('path');
const rel = (p) => path.relative(__dirname, p);
const resolved = require.resolve('../fixtures/basic/greet');
console.log('absolute:', path.isAbsolute(resolved));
console.log(rel(resolved));
console.log(rel(require.resolve('../fixtures/ext/only_json')));
console.log(rel(require.resolve('../fixtures/pkgmain/noext')));
console.log(require.resolve('path'), require.resolve('node:path'), require.resolve('fs'));
// Resolving does not load.
console.log('loaded by resolve:', resolved in require.cache);
try {
  require.resolve('../fixtures/basic/nope');
} catch (e) {
  console.log(e.code, '|', e.message.split('\n')[0]);
}
