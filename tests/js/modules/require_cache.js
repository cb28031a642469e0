// require.cache is keyed by file name; deleting an entry makes the next
// require load and run the module again.
const path = require('path');
const key = require.resolve('../fixtures/counter/counter');
const first = require('../fixtures/counter/counter');
const again = require('../fixtures/counter/counter');
console.log('cached:', first === again, first.run);
console.log('entry:', path.relative(__dirname, require.cache[key].id), require.cache[key].exports === first);
console.log('main in cache:', require.cache[__filename] === module);
delete require.cache[key];
const reloaded = require('../fixtures/counter/counter');
console.log('reloaded is new object:', reloaded !== first, reloaded.run);
// Replacing the cache entry's exports is what require returns.
require.cache[key].exports = { run: 'patched' };
console.log(require('../fixtures/counter/counter').run);
