// An error thrown inside a new context and not caught is reported with its
// stack (its Error constructor is the context's own).
const vm = require('vm');

process.on('exit', (code) => console.log('exit code', code));
const ctx = vm.createContext({});
console.log('before');
vm.runInContext('function inner() {\n  throw new TypeError("from the context");\n}\ninner();', ctx, {
  filename: 'sandboxed.js',
});
console.log('not reached');
