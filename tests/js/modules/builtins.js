// Builtins load by bare name and with the node: scheme, as the same object.
const path = require('path');
console.log('path === node:path:', path === require('node:path'));
console.log('fs === node:fs:', require('fs') === require('node:fs'));
console.log(path.join('a', 'b', '..', 'c.js'), path.extname('x.json'), path.sep);
console.log('typeof fs.readFileSync:', typeof require('node:fs').readFileSync);
// A local file cannot shadow a builtin; builtins are not in require.cache.
console.log('path in cache:', 'path' in require.cache, 'node:path' in require.cache);
