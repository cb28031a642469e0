// A directory without package.json loads index.js, else index.json.
console.log(require('../fixtures/dirindex/withindex'));
console.log(require('../fixtures/dirindex/withindex/'), '(trailing slash)');
console.log(require('../fixtures/dirindex/jsononly'));
const path = require('path');
console.log(path.relative(__dirname, require.resolve('../fixtures/dirindex/withindex')));
try {
  require('../fixtures/dirindex');
} catch (e) {
  console.log('directory without index:', e.code);
}
