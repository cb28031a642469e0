// An uncaught syntax error in a required file: exit 1, stderr names file:line.
console.log('before require');
require('../fixtures/errors/syntax_bad');
console.log('not reached');
