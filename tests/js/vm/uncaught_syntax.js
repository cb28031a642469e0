// A syntax error in a vm.Script is reported with the script's file name and
// line (lineOffset counted), and without engine bookkeeping fields.
const vm = require('vm');

process.on('exit', (code) => console.log('exit code', code));
new vm.Script('const ok = 1;\n\nfoo bar', { filename: 'broken.js', lineOffset: 10 });
