// The terminal editor's memory, as node has it: Up/Down walk only the
// history entries that start with the text before the cursor (skipping
// one equal to the line shown, and coming back to that text past either
// end); Ctrl+U/Ctrl+K feed a kill ring that Ctrl+Y types from and Alt+Y
// cycles; Ctrl+_ undoes an edit and Ctrl+^ redoes it; a submitted line
// forgets what there was to undo.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

const input = new PassThrough();
let out = '';
const output = new Writable({ write(c, e, cb) { out += c; cb(); } });
output.columns = 80;
const rl = readline.createInterface({
  input, output, terminal: true, history: ['git push', 'ls -la', 'git commit', 'git push', 'echo hi'],
});
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
function step(label, data) {
  out = '';
  input.write(data);
  console.log(label.padEnd(14), JSON.stringify(rl.line), rl.cursor, rl.historyIndex, JSON.stringify(out));
}
step('type git', 'git');
step('up', '\x1b[A');
step('up', '\x1b[A');
step('up', '\x1b[A');
step('up past end', '\x1b[A');
step('down', '\x1b[B');
step('down', '\x1b[B');
step('down to text', '\x1b[B');
step('left', '\x1b[D');
step('up from middle', '\x1b[A');
step('ctrl-p (all)', '\x10');
step('ctrl-e ctrl-u', '\x05\x15');
step('type', 'abc def');
step('ctrl-w', '\x17');
step('ctrl-y', '\x19');
step('ctrl-a ctrl-k', '\x01\x0b');
step('ctrl-y', '\x19');
step('alt-y', '\x1by');
step('alt-y', '\x1by');
step('x then alt-y', 'x\x1by');
step('undo', '\x1f');
step('undo', '\x1f');
step('undo', '\x1f');
step('redo', '\x1e');
step('redo', '\x1e');
step('enter', '\r');
step('undo after', '\x1f');
step('ctrl-shift-bs', 'one two\x1b[D\x1b[D');
rl.write(null, { ctrl: true, shift: true, name: 'backspace' });
console.log('ctrl-shift-backspace', JSON.stringify(rl.line), rl.cursor);
rl.write(null, { ctrl: true, name: 'y' });
console.log('ctrl-y', JSON.stringify(rl.line), rl.cursor);
rl.close();
