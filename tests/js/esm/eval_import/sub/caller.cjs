// CommonJS code that evals import(): resolved from this file's folder.
function varLeaks() {
  eval('var leaked = 1');
  return leaked;
}
exports.results = [
  eval('import("./target.js")'),
  eval('eval("import(\'./target.js\')")'),
  eval('(specifier) => import(specifier)')('./target.js'),
];
const local = (eval) => eval('import("./target.js")');
exports.sync = [local((code) => `local ${code}`)];
exports.sync.push(varLeaks(), eval('6 * 7'), eval(...['1 + 1']), eval(5), eval());
