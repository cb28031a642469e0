// A terminal-mode interface over plain streams: what the line editor
// writes for typing, cursor keys, deletion, history (size, duplicates),
// Ctrl+C with a SIGINT listener, and tab completion.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

const input = new PassThrough();
let out = '';
const output = new Writable({ write(c, e, cb) { out += c; cb(); } });
output.columns = 80;
const rl = readline.createInterface({ input, output, prompt: '> ', terminal: true, historySize: 3 });
for (const ev of ['line', 'close', 'pause', 'resume', 'history', 'SIGINT']) {
  rl.on(ev, (...a) => console.log('event', ev, JSON.stringify(a)));
}
function step(label, data) {
  out = '';
  input.write(data);
  console.log(label, JSON.stringify(out), 'line', JSON.stringify(rl.line), 'cursor', rl.cursor);
}
console.log('init', rl.cursor, JSON.stringify(rl.line), rl.terminal);
rl.prompt();
console.log('prompt', JSON.stringify(out));
step('type ab', 'ab');
step('left', '\x1b[D');
step('X', 'X');
step('backspace', '\x7f');
step('home', '\x01');
step('end', '\x05');
step('enter', '\r');
step('type cd+enter', 'cd\r');
step('up', '\x1b[A');
step('up2', '\x1b[A');
step('down', '\x1b[B');
step('enter', '\n');
step('dup', 'cd\r');
step('e1', 'x1\r');
step('e2', 'x2\r');
console.log('history', JSON.stringify(rl.history));
step('ctrl-u', 'abc\x15');
step('ctrl-k', 'abc\x01\x1b[C\x0b');
step('ctrl-w', ' def ghi\x17');
step('delete', '\x01\x1b[3~');
step('ctrl-c', '\x03');
console.log('getCursorPos', JSON.stringify(rl.getCursorPos()));
step('ctrl-e ctrl-u', '\x05\x15');
step('crlf', 'z\r\n');
rl.close();

// Tab completion with a synchronous completer.
const input2 = new PassThrough();
let out2 = '';
const output2 = new Writable({ write(c, e, cb) { out2 += c; cb(); } });
const words = ['help', 'hello', 'exit'];
const rl2 = readline.createInterface({
  input: input2,
  output: output2,
  terminal: true,
  completer: (line) => [words.filter((w) => w.startsWith(line)), line],
});
rl2.on('line', (l) => console.log('completed line', JSON.stringify(l)));
input2.write('ex\t');
console.log('one match', JSON.stringify(rl2.line));
input2.write('\r');
input2.write('zz\t');
console.log('no match', JSON.stringify(rl2.line));
rl2.close();
