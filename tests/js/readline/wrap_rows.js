// Typing across the right edge of a narrow terminal: the character that
// starts a new row redraws the line (a line ending exactly at the edge is
// followed by a space so the terminal moves to the next row), while a
// pasted chunk is only echoed; moving and deleting across rows redraws.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

const input = new PassThrough();
let out = '';
const output = new Writable({ write(c, e, cb) { out += c; cb(); } });
output.columns = 10;
const rl = readline.createInterface({ input, output, prompt: '> ', terminal: true });
const step = (label, data) => {
  out = '';
  input.write(data);
  console.log(label.padEnd(10), rl.cursor, JSON.stringify(rl.getCursorPos()), JSON.stringify(out));
};
rl.prompt();
for (const ch of 'abcdefghij') step(`type ${ch}`, ch);
step('backspace', '\x7f');
step('left x3', '\x1b[D\x1b[D\x1b[D');
step('home', '\x01');
step('end', '\x05');
step('paste', 'KLMNOPQRSTUVW');
step('type', 'z');
rl.close();
