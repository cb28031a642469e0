// __filename and __dirname are absolute; printed relative to this directory.
const path = require('path');
console.log('absolute:', path.isAbsolute(__filename), path.isAbsolute(__dirname));
console.log('basename:', path.basename(__filename));
console.log('dirname matches:', path.dirname(__filename) === __dirname);
console.log('cwd is the test directory:', process.cwd() === __dirname);
const n = require('../fixtures/misc/names');
const rel = (p) => path.relative(__dirname, p);
console.log(rel(n.filename), rel(n.dirname), rel(n.moduleFilename), rel(n.moduleId), rel(n.modulePath));
