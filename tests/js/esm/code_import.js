// import() in code compiled by indirect eval ((0, eval)(...),
// globalThis.eval(...)) and by Function resolves from the calling module
// or script, as in node; nested evals too. Global scope, strictness,
// toString and the callees themselves are unchanged.
import { createRequire } from 'node:module';

const where = (p) => p.then((ns) => ns.where, (err) => `${err.name} ${err.code}`);

const results = [
  (0, eval)('import("./eval_import/target.js")'),
  globalThis.eval('import("./eval_import/sub/target.js")'),
  new Function('return import("./eval_import/target.js")')(),
  Function('specifier', 'return import(specifier)')('./eval_import/sub/target.js'),
  new Function('p = import("./eval_import/target.js")', 'return p')(),
  (0, eval)('eval("import(\'./eval_import/sub/target.js\')")'),
  new Function('return (0, eval)("new Function(\'return import(`./eval_import/target.js`)\')()")')(),
  (0, eval)('(specifier) => import(specifier)')('./eval_import/missing.js'),
];
for (const result of results) console.log(await where(result));

// Indirect eval is global code; Function makes sloppy functions.
(0, eval)('var declaredByEval = 1');
console.log(globalThis.declaredByEval, (0, eval)('typeof this'), new Function('return this')() === globalThis);
const f = new Function('a', 'b', 'return a + b');
console.log(f(2, 3), f.name, f.length, JSON.stringify(f.toString()));
console.log(new Function() instanceof Function, typeof new Function, Function.prototype.constructor === Function);
console.log((0, eval) === eval, globalThis.eval === eval, (0, eval)(4), (0, eval)({ a: 1 }).a);
class Sub extends Function {}
console.log(new Sub('return 7')(), Function.call(null, 'return 8')(), Function.apply(null, ['return 9'])());
const notFunction = { Function: (code) => `not ${code}` };
console.log(notFunction.Function('import("x")'));

// The same from CommonJS code.
const cjs = createRequire(import.meta.url)('./eval_import/sub/code.cjs');
for (const result of cjs.results) console.log(await where(result));
console.log(cjs.sync);
