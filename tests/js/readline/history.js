// Terminal history: removeHistoryDuplicates, an initial history array (the
// interface keeps using and trimming it), historySize 0, and walking past
// the oldest entry with the arrow keys.
const readline = require('readline');
const { PassThrough } = require('stream');
for (const opts of [{ removeHistoryDuplicates: true }, { history: ['old2', 'old1'], historySize: 2 }, { historySize: 0 }]) {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output: new PassThrough(), terminal: true, ...opts });
  rl.on('history', (h) => console.log('history event', JSON.stringify(h)));
  input.write('a\rb\ra\r  \rc\r\x1b[A\x1b[A\x1b[A\x1b[B');
  console.log(JSON.stringify(opts), JSON.stringify(rl.history), JSON.stringify(rl.line), rl.historyIndex);
  rl.close();
}
