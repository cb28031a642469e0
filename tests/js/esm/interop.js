// require() of an ES module gives its namespace (not with top-level
// await: ERR_REQUIRE_ASYNC_MODULE), and import() works in CommonJS.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const importer = require('./interop/importer.cjs');
console.log(importer.sync);
console.log(await importer.later, await importer.viaImport);
console.log(importer.tlaError);
const ns = require('./interop/esm.mjs');
console.log(ns === await import('./interop/esm.mjs'));
