// module.createRequire makes a require that resolves from another file.
const { createRequire, builtinModules, isBuiltin } = require('module');
const path = require('path');
const req = createRequire(path.join(__dirname, '..', 'fixtures', 'walk', 'a', 'b', 'c', 'start.js'));
console.log(req('walk-mid'));
console.log(path.relative(__dirname, req.resolve('./start')));
console.log('builtinModules has fs, path:', builtinModules.includes('fs'), builtinModules.includes('path'));
console.log('isBuiltin:', isBuiltin('path'), isBuiltin('node:fs'), isBuiltin('walk-mid'));
