// Tab completion as node does it: the shared prefix is typed, a prefix
// that does not extend what was completed replaces it, only a second Tab
// in a row lists the candidates (in columns; '' starts a group; one to a
// row when the output has no width), errors are written to the output,
// and the input is paused while the completer works. node:readline calls
// the completer with a callback; readline/promises awaits its result.
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough, Writable } = require('stream');

function make(label, completer, columns, flavour = readline) {
  const input = new PassThrough();
  const output = new Writable({ write(c, e, cb) { rl.out += c; cb(); } });
  if (columns) output.columns = columns;
  const rl = flavour.createInterface({ input, output, terminal: true, completer });
  rl.out = '';
  rl.on('pause', () => console.log(label, 'pause')).on('resume', () => console.log(label, 'resume'));
  rl.type = (data) => {
    rl.out = '';
    input.write(data);
    // Only the first line of an error's text: stacks differ.
    const text = rl.out.startsWith('Tab completion error') ? rl.out.split('\n')[0] : rl.out;
    console.log(label, JSON.stringify(data), JSON.stringify(text), JSON.stringify(rl.line), rl.cursor);
  };
  return rl;
}

const words = ['process.stdout', 'process.stdin', 'process.stderr'];
const a = make('cb', (line, cb) => cb(null, [words.filter((w) => w.startsWith(line)), line]));
a.type('process.s');
a.type('\t');
a.type('\t');
a.type('x');
a.type('\t');
const b = make('sync', (line) => [words.filter((w) => w.startsWith(line)), line], 40);
b.type('pro\t');
b.type('\t');
const c = make('groups', () => [['First group', '', 'aaa', 'aab', '', 'zz'], 'a'], 30);
c.type('a');
c.type('\t');
c.type('\t');
make('replace', (line) => [['HELLO'], line]).type('hel\t');
make('middle', () => [['world'], 'wor']).type('say wor!\x1b[D\t');
make('empty line', (line) => [['aa', 'ab'], line]).type('\t');
make('error', (line, cb) => cb(new Error('boom'))).type('\t');
make('shift-tab', (line) => [['zzz'], line]).type('z\x1b[Z');

const p = make('promises', async (line) => [['promised'], line], undefined, readlinePromises);
p.type('pr\t');
const q = make('promises reject', () => Promise.reject(new Error('nope')), undefined, readlinePromises);
q.type('\t');
setTimeout(() => {
  console.log('later', JSON.stringify(p.line), JSON.stringify(q.out.split('\n')[0]));
  for (const rl of [a, b, c, p, q]) rl.close();
}, 10);
