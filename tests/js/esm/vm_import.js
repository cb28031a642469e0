// import() in vm scripts and functions run in this context: without
// importModuleDynamically node's ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING
// rejection, with a function the one for a missing
// --experimental-vm-modules, with USE_MAIN_CONTEXT_DEFAULT_LOADER an
// import from the script's file (from the working directory for a
// relative name). The rest of the script runs as before.
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

// Paths in messages are shown from this test's folder, so the output does
// not depend on where the checkout lives.
const testDir = fileURLToPath(new URL('.', import.meta.url));
const outcome = (promise) => promise.then((ns) => `ok ${ns.where}`,
  (err) => `${err.name} ${err.code} ${err.message.split(testDir).join('<dir>/')}`);
const here = fileURLToPath(new URL('vm_import/sub/script.js', import.meta.url));

console.log(await outcome(vm.runInThisContext('import("./vm_import/target.js")')));
console.log(await outcome(vm.runInThisContext('var viaVm = 1; (() => import("x"))()')), typeof viaVm, globalThis.viaVm);
const script = new vm.Script('[import("./target.js"), "import(" + ")"]', { filename: here });
const [pending, text] = script.runInThisContext();
console.log(await outcome(pending), text);
const withCallback = new vm.Script('import("./target.js")', { importModuleDynamically: () => ({}) });
console.log(await outcome(withCallback.runInThisContext()));
const { USE_MAIN_CONTEXT_DEFAULT_LOADER } = vm.constants;
console.log(await outcome(vm.runInThisContext('import("./target.js")',
  { filename: here, importModuleDynamically: USE_MAIN_CONTEXT_DEFAULT_LOADER })));
console.log(await outcome(vm.runInThisContext('import("./vm_import/target.js")',
  { filename: 'relative.js', importModuleDynamically: USE_MAIN_CONTEXT_DEFAULT_LOADER })));
console.log(await outcome(vm.runInThisContext('import("./missing.js")',
  { filename: here, importModuleDynamically: USE_MAIN_CONTEXT_DEFAULT_LOADER })).then((text) => text.split('\n')[0]));
console.log(await outcome(vm.runInThisContext('import("./target.js")',
  { filename: new URL('vm_import/sub/script.js', import.meta.url).href, importModuleDynamically: USE_MAIN_CONTEXT_DEFAULT_LOADER })));

// vm.compileFunction: the same.
console.log(await outcome(vm.compileFunction('return import("./vm_import/target.js")')()));
console.log(await outcome(vm.compileFunction('return import("./vm_import/target.js")', [], { importModuleDynamically() {} })()));
console.log(await outcome(vm.compileFunction('return import(specifier)', ['specifier'],
  { filename: here, importModuleDynamically: USE_MAIN_CONTEXT_DEFAULT_LOADER })('./target.js')));
console.log(vm.compileFunction('return a + b', ['a', 'b'])(1, 2), vm.compileFunction('return eval("1 + 1")')());
try {
  vm.runInThisContext('import.meta');
} catch (err) {
  console.log(err.name);
}
