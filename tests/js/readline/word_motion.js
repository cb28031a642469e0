// Word-wise cursor motion and deletion in a terminal interface: a word is
// a run of word characters or a run of punctuation, and blanks go with the
// word next to them.
const readline = require('readline');
const { PassThrough } = require('stream');

const rl = readline.createInterface({ input: new PassThrough(), terminal: true });
rl.write('foo bar.hop/zoo  baz');
rl.write(null, { ctrl: true, name: 'a' });
const stops = [];
for (let i = 0; i < 9; i++) {
  rl.write(null, { meta: true, name: 'f' });
  stops.push(rl.cursor);
}
console.log('meta-f', stops.join(' '));
stops.length = 0;
for (let i = 0; i < 9; i++) {
  rl.write(null, { meta: true, name: 'b' });
  stops.push(rl.cursor);
}
console.log('meta-b', stops.join(' '));
rl.write(null, { ctrl: true, name: 'e' });
for (let i = 0; i < 3; i++) {
  rl.write(null, { ctrl: true, name: 'left' });
  console.log('ctrl-left', rl.cursor);
}
for (let i = 0; i < 2; i++) {
  rl.write(null, { ctrl: true, name: 'right' });
  console.log('ctrl-right', rl.cursor);
}

// Meta+D deletes rightwards; a run of punctuation takes the blanks in it.
rl.write(null, { ctrl: true, name: 'e' });
rl.write(null, { ctrl: true, name: 'u' });
rl.write('one .. ,two three');
rl.write(null, { ctrl: true, name: 'a' });
for (let i = 0; i < 4; i++) {
  rl.write(null, { meta: true, name: 'd' });
  console.log('meta-d', JSON.stringify(rl.line), rl.cursor);
}

// Ctrl+W and Meta+Backspace delete leftwards to the same stops as Meta+B.
rl.write(null, { ctrl: true, name: 'e' });
rl.write(null, { ctrl: true, name: 'u' });
rl.write('a.b c/d  ');
for (let i = 0; i < 3; i++) {
  rl.write(null, { ctrl: true, name: 'w' });
  console.log('ctrl-w', JSON.stringify(rl.line), rl.cursor);
}
rl.write(null, { meta: true, name: 'backspace' });
console.log('meta-backspace', JSON.stringify(rl.line), rl.cursor);
rl.close();
