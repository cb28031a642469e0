// When the input ends, the text after the last line end becomes a 'line'
// event: in a terminal the line being edited too. It goes to 'line' even
// while a question is waiting; closing the interface by hand emits nothing.
const readline = require('readline');
const { PassThrough } = require('stream');

for (const terminal of [false, true]) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, terminal });
  rl.on('line', (l) => console.log(terminal, 'line', JSON.stringify(l)));
  rl.on('close', () => console.log(terminal, 'close', JSON.stringify(rl.line)));
  rl.question('q? ', (a) => console.log(terminal, 'answer', JSON.stringify(a)));
  input.write('first\n');
  input.end('abc');
}

const input = new PassThrough();
const rl = readline.createInterface({ input, terminal: true });
rl.on('line', (l) => console.log('by hand', 'line', JSON.stringify(l)));
rl.on('close', () => console.log('by hand', 'close'));
rl.write('xy');
rl.close();
