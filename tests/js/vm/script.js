// vm.Script: compiled once, run in this or other contexts; filename and
// line offset show in stacks; syntax errors at construction.
const vm = require('vm');

function where(e) {
  // "file:line" of the first frame (columns differ between engines).
  const m = /\(?([\w.<>-]+\.js|evalmachine\.<anonymous>):(\d+):\d+\)?$/m.exec(e.stack);
  return m ? `${m[1]}:${m[2]}` : e.stack;
}

const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1; count * k', { filename: 'counter.js' });
const c1 = vm.createContext({ k: 10 });
const c2 = vm.createContext({ k: 100 });
console.log(script.runInContext(c1), script.runInContext(c1), script.runInContext(c2), c1.count, c2.count);
console.log(script.runInNewContext({ k: 2 }), Object.keys(script));

// runInThisContext sees the real globals, not the module scope.
globalThis.shared = 5;
console.log(vm.runInThisContext('shared * 2'), vm.runInThisContext('typeof require'));
vm.runInThisContext('var leaked = 42');
console.log(globalThis.leaked);

// filename and lineOffset in stack traces.
try {
  new vm.Script('\n\nnull.prop', { filename: 'offset.js', lineOffset: 10 }).runInThisContext();
} catch (e) {
  console.log(e.name, where(e));
}
try {
  vm.runInNewContext('function inner() { throw new Error("deep"); }\ninner();', {}, { filename: 'ctx.js', lineOffset: 2 });
} catch (e) {
  console.log(e.name, e.message, where(e));
}
try {
  vm.runInThisContext('throw new Error("plain")', 'named.js');
} catch (e) {
  console.log(where(e));
}
try {
  vm.runInThisContext('throw new Error("anon")');
} catch (e) {
  console.log(where(e));
}

// Syntax errors are thrown by the constructor, not when running.
for (const code of ['(', 'var 1x;', 'let a; let a;', 'return 1']) {
  try {
    new vm.Script(code, { filename: 'bad.js' });
    console.log('compiled', code);
  } catch (e) {
    console.log(JSON.stringify(code), e.name, e instanceof SyntaxError);
  }
}

// Completion values.
console.log(vm.runInNewContext('1; 2; if (true) { 3 }'), vm.runInNewContext(''), vm.runInNewContext('var x = 1'));
console.log(vm.runInNewContext('#!/usr/bin/env node\n"hashbang ok"'));
// A string as options is the filename; the timeout option is accepted.
console.log(vm.runInNewContext('a + 1', { a: 1 }, 'str.js'), vm.runInNewContext('2 * 21', {}, { timeout: 1000 }));
console.log(vm.runInThisContext('6 * 7', { timeout: 1000, displayErrors: false }));
console.log(Buffer.isBuffer(script.createCachedData()));
console.log(vm.createScript('1') instanceof vm.Script, Object.getPrototypeOf(vm.Script).name);
