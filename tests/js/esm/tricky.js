// Comments, strings, templates and regular expressions that contain module
// syntax are left alone; keys, methods and properties named import,
// export or await too; no top-level await outside of functions means
// require() can load it.
import { createRequire } from 'node:module';
import def, { results, usesImportMeta, dynamic, destructA, destructB } from './tricky/source.js';

console.log(results);
console.log(def, usesImportMeta, destructA, destructB);
console.log((await dynamic()).other);
const require = createRequire(import.meta.url);
console.log(require('./tricky/source.js').default === def);
