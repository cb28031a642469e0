// .json files parse into a cached object.
const path = require('path');
const data = require('../fixtures/ext/only_json.json');
console.log(data, typeof data);
data.added = 'mutation';
console.log(require('../fixtures/ext/only_json').added, '(same cached object)');
const key = path.join(__dirname, '..', 'fixtures', 'ext', 'only_json.json');
console.log('in require.cache:', key in require.cache);
console.log('cache exports is the object:', require.cache[key].exports === data);
console.log(require('../fixtures/dirindex/jsononly/index.json'));
