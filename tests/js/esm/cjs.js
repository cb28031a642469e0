// Importing CommonJS: default is module.exports, named exports come from
// a static scan of the source.
import plain, { alpha, beta, gamma, delta } from './cjs/plain.cjs';
import * as plainNs from './cjs/plain.cjs';
import obj, { helper } from './cjs/object.cjs';
import callMe, { extra } from './cjs/function.cjs';
import { createRequire } from 'node:module';

console.log(alpha, beta, gamma, delta, plain.computed);
console.log(Object.keys(plainNs));
console.log(plainNs.default === plain, plainNs['module.exports'] === plain);
console.log(helper(), obj.answer, obj.quoted);
console.log(callMe(), extra);
// The same instance as require() gives.
const require = createRequire(import.meta.url);
console.log(require('./cjs/object.cjs') === obj);
// Object literal entries up to the first that is not `name` or `key: name`.
console.log(Object.keys(await import('./cjs/literal.cjs')));
// __esModule: default is still module.exports.
const esModule = await import('./cjs/esmodule.cjs');
console.log(esModule.default, Object.keys(esModule));
// Re-exports: module.exports = require(), TypeScript's __exportStar, and
// ...require() in an object literal.
for (const file of ['./cjs/whole.cjs', './cjs/ts_star.cjs', './cjs/spread.cjs']) {
  console.log(file, Object.keys(await import(file)));
}
