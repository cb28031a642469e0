// vm.compileFunction: parameters, scopes, parsing context, file names.
const vm = require('vm');

const add = vm.compileFunction('return a + b', ['a', 'b']);
console.log(typeof add, add.name, add.length, add(2, 3), add instanceof Function);

const withScope = vm.compileFunction('return x + y + (typeof z)', [], {
  contextExtensions: [{ x: 1 }, { y: 2 }],
});
console.log(withScope());
// The later extension wins for a name in both.
console.log(vm.compileFunction('return n', [], { contextExtensions: [{ n: 'first' }, { n: 'second' }] })());

const ctx = vm.createContext({ z: 5 });
const inCtx = vm.compileFunction('return [z, typeof Array, [] instanceof Array]', [], { parsingContext: ctx });
console.log(inCtx(), inCtx instanceof Function);
// Assignments to undeclared names go to that context's sandbox.
vm.compileFunction('created = 1', [], { parsingContext: ctx })();
console.log(ctx.created);

// The body's lines are the file's lines.
const thrower = vm.compileFunction('\n\nthrow new Error("from body")', [], { filename: 'body.js' });
try {
  thrower();
} catch (e) {
  console.log(e.message, /body\.js:3:\d+/.test(e.stack));
}
// 'use strict' in the body applies.
console.log(vm.compileFunction('"use strict"; return this', [])());
