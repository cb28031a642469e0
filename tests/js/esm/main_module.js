// An ES module main is no CommonJS module: process.mainModule and
// require.main are undefined, require.cache does not hold it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
console.log(process.mainModule, require('./interop/main_check.cjs'));
console.log(Object.keys(require.cache).map((key) => key.split('/').pop()));
console.log(import.meta.main, typeof process.argv[1], process.argv[1].endsWith('main_module.js'));
