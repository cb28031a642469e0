// Public state of an interface as node keeps it: `paused` (undefined until
// paused, then true/false), pause() and resume() throwing
// ERR_USE_AFTER_CLOSE once closed (close itself emits 'pause' once), the
// 'history' event handing out the history array itself, and
// createInterface working with `new` too.
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');

const rl = readline.createInterface({ input: new PassThrough() });
rl.on('pause', () => console.log('event pause')).on('resume', () => console.log('event resume'));
console.log('paused at first', rl.paused);
rl.pause();
console.log('after pause', rl.paused);
rl.resume();
console.log('after resume', rl.paused);
rl.pause();
rl.write('x\n');
console.log('write resumes', rl.paused);
rl.close();
console.log('after close', rl.paused, rl.closed);
for (const method of ['pause', 'resume', 'write']) {
  try {
    rl[method]('y');
    console.log(method, 'after close: no error');
  } catch (e) {
    console.log(method, 'after close:', e.name, e.code, e.message);
  }
}

const input = new PassThrough();
const tty = readline.createInterface({ input, terminal: true, history: ['older'] });
tty.on('history', (history) => {
  console.log('history event is rl.history', history === tty.history, JSON.stringify(history));
  history.shift();
});
tty.on('line', (line) => console.log('line', JSON.stringify(line), 'history now', JSON.stringify(tty.history)));
input.write('foo\n');
tty.close();

for (const mod of [readline, readlinePromises]) {
  const made = new mod.createInterface({ input: new PassThrough() });
  console.log('new createInterface', made instanceof mod.Interface);
  made.close();
}
