'use strict';
// Errors thrown out of vm scripts (displayErrors, the default) get the
// failing line and a caret in front of their stack, once; compileFunction
// refuses a body that closes the function early (and runs none of it);
// createContext / runInNewContext check their context options.
const vm = require('vm');

const context = vm.createContext();
function head(fn) {
  try {
    fn();
  } catch (err) {
    return JSON.stringify(String(err.stack).split('\n').slice(0, 5));
  }
  return 'no error';
}
console.log(head(() => vm.runInContext('throw new Error("boom")', context, 'boom.js')));
console.log(head(() => vm.runInNewContext('throw new TypeError("t")', {}, 'new.js')));
console.log(head(() => vm.runInThisContext('throw new RangeError("r")', 'this.js')));
console.log(head(() => vm.runInContext('function f() { throw new Error("deep"); }\nf()', context, 'deep.js')));
console.log(head(() => vm.runInContext('(() => { throw new Error("nested") })()', context, 'n.js')));
console.log(head(() => vm.runInContext('throw new Error("quiet")', context, { filename: 'q.js', displayErrors: false })).split('","')[0]);
console.log(head(() => new vm.Script('throw new Error("s")', { filename: 's.js' }).runInContext(context)));
console.log(head(() => vm.runInContext('throw 5', context, 'prim.js')));
let first;
try {
  vm.runInContext('throw new Error("once")', context, 'once.js');
} catch (err) {
  first = err;
}
console.log(head(() => vm.runInContext('throw e', vm.createContext({ e: first }), 'rethrow.js')));

globalThis.ranInjected = false;
for (const body of ['});\nglobalThis.ranInjected = true;\n(function() {', '}), (function() {']) {
  try {
    vm.compileFunction(body, ['a']);
    console.log('compiled', JSON.stringify(body));
  } catch (err) {
    console.log(err.name, JSON.stringify(body), err.message === "Unexpected token '}'");
  }
}
console.log('injected code ran', globalThis.ranInjected);

for (const options of [{ origin: null }, { origin: 5 }, { origin: 'https://x' }, { codeGeneration: 5 },
  { codeGeneration: { strings: 1 } }, { codeGeneration: { wasm: 'x' } }, { codeGeneration: { strings: false } },
  { microtaskMode: 'x' }, { microtaskMode: 'afterEvaluate' }, { name: null }]) {
  try {
    vm.createContext({}, options);
    console.log('ok', JSON.stringify(options));
  } catch (err) {
    console.log(err.code, err.message);
  }
}
for (const options of [{ contextName: null }, { contextOrigin: null }, { contextCodeGeneration: 5 }, { microtaskMode: 5 }]) {
  try {
    vm.runInNewContext('1', {}, options);
    console.log('ok', JSON.stringify(options));
  } catch (err) {
    console.log(err.code, err.message);
  }
}
