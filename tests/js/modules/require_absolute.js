// An absolute path works and shares the cache entry with the relative form.
const path = require('path');
const abs = path.join(__dirname, '..', 'fixtures', 'basic', 'greet.js');
console.log('isAbsolute:', path.isAbsolute(abs));
const viaAbs = require(abs);
const viaRel = require('../fixtures/basic/greet');
console.log(viaAbs.greet('abs'));
console.log('same object:', viaAbs === viaRel);
// An absolute path without the extension is resolved too.
console.log('no extension:', require(abs.slice(0, -3)) === viaAbs);
