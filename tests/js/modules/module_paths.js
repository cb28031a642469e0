// module.paths: <dir>/node_modules for this directory and each ancestor up to /.
const path = require('path');
const p = module.paths;
console.log('array:', Array.isArray(p));
console.log('first:', path.relative(__dirname, p[0]));
console.log('second:', path.relative(__dirname, p[1]));
console.log('last:', p[p.length - 1]);
const depth = __dirname.split('/').filter(Boolean).length;
console.log('one per ancestor:', p.length === depth + 1);
console.log('all end in node_modules:', p.every((d) => path.basename(d) === 'node_modules'));
console.log('no node_modules/node_modules:', !p.some((d) => d.endsWith('node_modules/node_modules')));
