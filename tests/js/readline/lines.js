// Lines out of a non-terminal stream: \n, \r\n and \r endings (also split
// across chunks), a last line without newline at 'end', event order, pause
// and resume events, write() as input, close semantics and for await.
const readline = require('readline');
const { PassThrough, Readable } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input, output: null, prompt: '$ ' });
console.log('terminal:', rl.terminal, 'prompt:', rl.getPrompt(), 'line:', JSON.stringify(rl.line));
console.log('cursor:', rl.cursor, 'history:', rl.history, 'historySize:', rl.historySize, 'crlfDelay:', rl.crlfDelay);
for (const ev of ['line', 'pause', 'resume', 'close', 'history']) {
  rl.on(ev, (...args) => console.log('event', ev, JSON.stringify(args)));
}
input.write('alpha\nbeta\r\ngamma\rdelta');
input.write(' continued\r');
input.write('\nepsilon\n\n');
rl.write('from write()\n');
rl.pause();
rl.pause();
rl.resume();
rl.resume();
rl.setPrompt('# ');
console.log('new prompt:', rl.getPrompt());
input.end('tail');
rl.on('close', () => {
  console.log('closed:', rl.closed);
  for (const fn of [() => rl.write('x'), () => rl.prompt(), () => rl.question('q', () => {})]) {
    try {
      fn();
    } catch (e) {
      console.log('after close:', e.code, e.message);
    }
  }
  rl.close();
  console.log('input listeners left:', input.listenerCount('data'), input.listenerCount('end'));
  iterate();
});

async function iterate() {
  const src = Readable.from(['one\ntw', 'o\nthree']);
  const lines = [];
  for await (const line of readline.createInterface({ input: src, crlfDelay: Infinity })) lines.push(line);
  console.log('for await:', JSON.stringify(lines));
  for (const bad of [{ input, historySize: -1 }, { input, historySize: 'x' }, { input, completer: 'x' }]) {
    try {
      readline.createInterface(bad);
    } catch (e) {
      console.log('bad option:', e.name, e.code, e.message);
    }
  }
}
