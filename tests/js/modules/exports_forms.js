// exports vs module.exports.
console.log(require('../fixtures/exports/add_props'));
console.log(require('../fixtures/exports/rebind_exports'));
const fn = require('../fixtures/exports/function');
console.log(typeof fn, fn.name, fn());
console.log(require('../fixtures/exports/both'));
const Point = require('../fixtures/exports/class');
console.log(String(new Point(1, 2)));
console.log('exports === module.exports here:', exports === module.exports);
