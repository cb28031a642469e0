// emitKeypressEvents: one keypress per character or escape sequence, the
// key objects, a lone ESC after a pause, and Ctrl+C closing an interface
// with no SIGINT listener.
const readline = require('readline');
const { PassThrough } = require('stream');
const s = new PassThrough();
readline.emitKeypressEvents(s);
s.on('keypress', (ch, key) => console.log(JSON.stringify(ch), JSON.stringify(key)));
s.write('a\r\n\t\x7f\b\x1b[A\x1b[1;5C\x1b[3~\x01\x1bb\x1b[Z A\x1bOP\x1b');
setTimeout(() => {
  s.write('é😀');
  const rl = readline.createInterface({ input: new PassThrough(), output: new PassThrough(), terminal: true });
  rl.on('close', () => console.log('closed by ctrl-c')).on('pause', () => console.log('pause'));
  rl.input.write('\x03');
  setTimeout(() => console.log('closed?', rl.closed), 10);
}, 600);
