// Ctrl+Left and Ctrl+W at the end of a line of a million blanks take
// time in proportion to the line, not its square.
const readline = require('readline');
const { PassThrough } = require('stream');

const rl = readline.createInterface({ input: new PassThrough(), terminal: true });
rl.line = `a${' '.repeat(1e6)}a`;
rl.cursor = rl.line.length;
const t = Date.now();
rl.write(null, { ctrl: true, name: 'left' });
console.log('ctrl-left', rl.cursor === rl.line.length - 1);
rl.cursor = rl.line.length - 1;
rl.write(null, { ctrl: true, name: 'w' });
console.log('ctrl-w', rl.cursor, rl.line.length);
console.log('fast enough', Date.now() - t < 5000);
rl.close();
