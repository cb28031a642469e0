// rl.clearLine(): the edited line is dropped and the cursor moves past it
// to a new line (terminal and plain interfaces).
const readline = require('readline');
const { PassThrough, Writable } = require('stream');
let out = '';
const output = new Writable({ write(c, e, cb) { out += c; cb(); } });
const input = new PassThrough();
const rl = readline.createInterface({ input, output, terminal: true });
input.write('abc\x1b[D');
out = '';
rl.clearLine();
console.log(JSON.stringify(out), JSON.stringify(rl.line), rl.cursor, rl.historyIndex, rl.escapeCodeTimeout);
const rl2 = readline.createInterface({ input: new PassThrough(), output });
out = '';
rl2.clearLine();
console.log(JSON.stringify(out), JSON.stringify(rl2.line), rl2.cursor);
