// module.id, filename, loaded, path, require.
const path = require('path');
console.log('id:', module.id);
console.log('filename is __filename:', module.filename === __filename);
console.log('path is __dirname:', module.path === __dirname);
console.log('loaded during body:', module.loaded);
console.log('exports is exports:', module.exports === exports);
console.log('module.require:', typeof module.require, module.require('path') === path);
const child = require('../fixtures/misc/who_is_main');
console.log('child id:', child.myId, '| child loaded during its body:', child.myLoaded);
const childModule = require.cache[require.resolve('../fixtures/misc/who_is_main')];
console.log('child loaded after require:', childModule.loaded);
setImmediate(() => console.log('loaded after body:', module.loaded));
