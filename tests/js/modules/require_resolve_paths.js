// require.resolve.paths lists where a request would be looked up.
const path = require('path');
const p = require.resolve.paths('some-package');
console.log('array:', Array.isArray(p));
console.log('first three:', p.slice(0, 3).map((d) => path.relative(__dirname, d)));
console.log('same as module.paths prefix:', module.paths.every((d, i) => p[i] === d));
console.log('relative request:', require.resolve.paths('./x').map((d) => path.relative(__dirname, d) || '.'));
console.log('builtin:', require.resolve.paths('path'), require.resolve.paths('node:fs'));
