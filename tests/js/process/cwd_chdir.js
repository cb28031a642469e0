// process.cwd() and process.chdir(); relative requires do not depend on cwd.
const path = require('path');
console.log('cwd is the test dir:', process.cwd() === __dirname);
process.chdir('..');
console.log('after chdir(..):', path.relative(__dirname, process.cwd()));
process.chdir(path.join(__dirname, '..', 'fixtures'));
console.log('after absolute chdir:', path.relative(__dirname, process.cwd()));
console.log('require still relative to file:', require('../fixtures/basic/other'));
try {
  process.chdir('./no-such-dir');
} catch (e) {
  console.log('chdir to missing dir:', e.code, e.syscall);
}
console.log('cwd unchanged after failure:', path.relative(__dirname, process.cwd()));
try {
  process.chdir(42);
} catch (e) {
  console.log('chdir(42):', e.code);
}
