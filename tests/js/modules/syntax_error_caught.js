// A syntax error in a required file is a catchable SyntaxError; the module
// is not left in the cache.
const file = require.resolve('../fixtures/errors/syntax_bad');
try {
  require('../fixtures/errors/syntax_bad');
} catch (e) {
  console.log(e.name, e instanceof SyntaxError);
}
console.log('in cache:', file in require.cache);
