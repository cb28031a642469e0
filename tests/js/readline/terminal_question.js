// question() on a terminal interface: the query is the prompt while it is
// asked, the answer joins the history, and the old prompt comes back.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');
let out = '';
const output = new Writable({ write(c, e, cb) { out += c; cb(); } });
const input = new PassThrough();
const rl = readline.createInterface({ input, output, terminal: true, prompt: 'P> ' });
rl.on('history', (h) => console.log('history', JSON.stringify(h)));
rl.question('Q? ', (a) => {
  console.log('answer', a, JSON.stringify(out), 'prompt now', rl.getPrompt());
  out = '';
  rl.prompt();
  input.write('next\r');
  console.log(JSON.stringify(out), JSON.stringify(rl.history));
  rl.close();
});
input.write('ans\r');
