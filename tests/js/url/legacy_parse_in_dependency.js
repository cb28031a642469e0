// url.parse() called from node_modules emits no DEP0169; from the app it
// does, once.
const parseHost = require('./fixtures/node_modules/legacy-user');
const warnings = [];
process.on('warning', (w) => warnings.push(w.code));
console.log(parseHost('http://a.com/x'));
setTimeout(() => {
  console.log('after dependency:', warnings);
  require('url').parse('http://b.com/');
  require('url').parse('http://c.com/');
  setTimeout(() => console.log('after app:', warnings), 10);
}, 10);
