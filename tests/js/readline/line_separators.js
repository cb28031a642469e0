// U+2028 and U+2029 end lines like \n, \r\n and \r: in text read from a
// stream, split across chunks, and in text written to a terminal
// interface.
const readline = require('readline');
const { Readable, PassThrough } = require('stream');

const rl = readline.createInterface({ input: Readable.from(['012\n345\r67\r\n89\u2028AB', 'C\u2029\u2029DEF\u2028', 'x\u2029y']) });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.on('close', () => {
  console.log('stream', JSON.stringify(lines));
  const tty = readline.createInterface({ input: new PassThrough(), terminal: true });
  tty.on('line', (l) => console.log('terminal line', JSON.stringify(l)));
  tty.write('one\u2028two\u2029three');
  console.log('terminal rest', JSON.stringify(tty.line));
  tty.close();
});
