// require.main is the entry module.
const path = require('path');
console.log('require.main === module:', require.main === module);
console.log('main filename:', path.basename(require.main.filename));
const child = require('../fixtures/misc/who_is_main');
for (const k of Object.keys(child)) console.log('in child:', k, child[k]);
