// A tab inside text that arrives in one chunk (a paste) is text, not a
// request for completion; a tab on its own, or ending a chunk, completes.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

const input = new PassThrough();
let out = '';
const output = new Writable({ write(c, e, cb) { out += c; cb(); } });
const rl = readline.createInterface({
  input,
  output,
  terminal: true,
  completer: (line) => {
    console.log('completer called with', JSON.stringify(line));
    return [['hello'], line];
  },
});
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
for (const chunk of ['a\tb', '\r', 'he', '\t', '\r', 'x he\t', '\r']) {
  out = '';
  input.write(chunk);
  console.log('wrote', JSON.stringify(chunk), 'line now', JSON.stringify(rl.line));
}
rl.close();
