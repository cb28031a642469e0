// process.argv: [execPath, absolute script path, ...args]; argv0, execArgv.
const path = require('path');
console.log('length:', process.argv.length);
console.log('argv[0] absolute:', path.isAbsolute(process.argv[0]));
console.log('argv[0] is execPath:', process.argv[0] === process.execPath);
console.log('argv[1] is __filename:', process.argv[1] === __filename);
console.log('all strings:', process.argv.every((a) => typeof a === 'string'));
console.log('typeof argv0:', typeof process.argv0, process.argv0.length > 0);
console.log('execArgv:', process.execArgv);
console.log('execPath absolute:', path.isAbsolute(process.execPath));
