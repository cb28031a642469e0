// A cycle returns the partially filled exports (the node docs example).
const a = require('../fixtures/cycle/a.js');
const b = require('../fixtures/cycle/b.js');
console.log('in main, a.done = %j, b.done = %j', a.done, b.done);
