// A .js file without "type" that declares one of the CommonJS wrapper's
// names (require, module, exports, __filename, __dirname) with let, const
// or class at its top level is no CommonJS: node loads it as an ES module
// (with its warning), by import and require alike. In a block it is
// CommonJS. In a file CommonJS by its extension, module syntax is an
// error, with node's warning.
import { createRequire } from 'node:module';
import * as ns from './detect/untyped/redeclare.js';

console.log(globalThis.redeclared, Object.keys(ns));
const require = createRequire(import.meta.url);
console.log(Object.keys(require('./detect/untyped/redeclare_class.js')), globalThis.redeclaredClass);
console.log(require('./detect/untyped/block_scoped.js').kind);
for (const file of ['./detect/commonjs/import.cjs', './detect/commonjs/require.cjs']) {
  try {
    require(file);
  } catch (err) {
    console.log(file, err.name, err.message.includes('import') ? err.message : '');
  }
}
try {
  await import('./detect/commonjs/import.cjs');
} catch (err) {
  console.log('import()', err.name, err.message);
}
