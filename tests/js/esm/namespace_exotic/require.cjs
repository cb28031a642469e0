// require() of an ES module with a default export: a namespace of its own.
module.exports = require('./with_default.js');
