// Tab completion: the common prefix is inserted, several candidates are
// listed in columns, a single one completes, an empty line completes
// nothing, and a callback-style completer.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');
let out = '';
const output = new Writable({ write(c, e, cb) { out += c; cb(); } });
output.columns = 40;
const input = new PassThrough();
const words = ['help', 'hello', 'helium', 'exit'];
const rl = readline.createInterface({ input, output, terminal: true, completer: (line) => [words.filter((w) => w.startsWith(line)), line] });
const step = (label, data) => { out = ''; input.write(data); console.log(label, JSON.stringify(out), JSON.stringify(rl.line), rl.cursor); };
step('he-tab', 'he\t');
step('tab again', '\t');
step('p-tab', 'p\t');
step('clear', '\x15');
step('empty tab', '\t');
const rl2 = readline.createInterface({ input: new PassThrough(), output, terminal: true, completer: (line, cb) => cb(null, [['async1', 'async2'], line]) });
out = ''; rl2.input.write('a\t'); console.log('async', JSON.stringify(out), JSON.stringify(rl2.line));
rl.close(); rl2.close();
