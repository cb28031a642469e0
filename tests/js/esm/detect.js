// A .js file in a package without "type": ES module syntax makes it a
// module (import and require alike), else it is CommonJS.
import { createRequire } from 'node:module';
import { detected } from './detect/untyped/esm_syntax.js';
import cjs, { plain } from './detect/untyped/cjs_syntax.js';
import { result } from './detect/untyped/import_only.js';

console.log(detected);
console.log(plain, cjs.plain);
console.log('require inside a detected module:', result);
const require = createRequire(import.meta.url);
console.log(require('./detect/untyped/esm_syntax.js').detected);
