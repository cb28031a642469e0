// The terminal line editor with a coloured prompt (escape codes take no
// room), wide characters (two columns), surrogate pairs (one cursor step)
// and text typed past the right edge of a 10-column output.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');
let out = '';
const output = new Writable({ write(c, e, cb) { out += c; cb(); } });
output.columns = 10;
const input = new PassThrough();
const rl = readline.createInterface({ input, output, terminal: true, prompt: '\x1b[32m>\x1b[0m ' });
const step = (label, data) => { out = ''; input.write(data); console.log(label, JSON.stringify(out), JSON.stringify(rl.line), rl.cursor, JSON.stringify(rl.getCursorPos())); };
rl.prompt();
step('wide', '\u4e2d\u6587');
step('emoji', '\u{1F600}');
step('left', '\x1b[D');
step('left', '\x1b[D');
step('bs', '\x7f');
step('end first', '\x05');
step('long', 'abcdefgh');
rl.close();
