// import() in code run by a direct eval resolves from the calling module
// or script, as in node (the eval'd code is rewritten by the caller's
// transform); the rest of eval keeps its meaning: scope, strictness,
// non-string arguments, a local function named eval, errors.
import { createRequire } from 'node:module';

const where = (p) => p.then((ns) => ns.where, (err) => `${err.name} ${err.code}`);
const show = (what) => {
  try {
    console.log(what());
  } catch (err) {
    console.log(err.name);
  }
};

export let counter = 1;
const results = [
  eval('import("./eval_import/target.js")'),
  eval('eval("import(\'./eval_import/sub/target.js\')")'),
  eval('(specifier) => import(specifier)')('./eval_import/target.js'),
  eval('import("./eval_import/missing.js")'),
  eval('import("./eval_import/target.js", { with: { type: "json" } })'),
];
for (const result of results) console.log(await where(result));

// The eval'd code sees the module's scope and is strict.
console.log(eval('counter += 1; counter'), counter, eval('typeof this'), eval('(function () { return this; })()'));
show(() => eval('var local = 1; local') + typeof local);
show(() => eval('with ({}) {}'));
show(() => eval('import.meta'));
show(() => eval('export default 1'));
// Not direct evals, or not strings.
console.log(eval(7), eval(), eval({ a: 1 }).a, eval('1', 2), eval(...['2 * 3']));
const obj = { eval: (code) => `method ${code}` };
console.log(obj.eval('import("x")'), [1].map(eval));
console.log(typeof eval('import("./eval_import/target.js")').then, 'import(' + ')'.length);

// CommonJS callers resolve from their own file.
const cjs = createRequire(import.meta.url)('./eval_import/sub/caller.cjs');
for (const result of cjs.results) console.log(await where(result));
console.log(cjs.sync);
