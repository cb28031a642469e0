const require = 1;
module.exports = require;
