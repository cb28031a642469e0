// Relative specifiers resolve against the requiring file's directory, with or
// without the extension, and a module body runs once.
const a = require('../fixtures/basic/greet.js');
const b = require('../fixtures/basic/greet');
const c = require('./../fixtures/basic/../basic/greet');
console.log(a.greet('world'));
console.log('same object:', a === b, b === c);
console.log(require('../fixtures/basic/other'));
