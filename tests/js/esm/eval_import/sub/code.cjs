// CommonJS code whose indirect evals and Functions import(): resolved from
// this file's folder.
exports.results = [
  (0, eval)('import("./target.js")'),
  global.eval('import("./target.js")'),
  new Function('return import("./target.js")')(),
];
exports.sync = [(0, eval)('var fromCjs = 2; fromCjs'), global.fromCjs, Function('return typeof module')()];
