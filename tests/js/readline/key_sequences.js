// How emitKeypressEvents decodes what a terminal sends: Alt (ESC prefix)
// with named keys, ESC ESC, CSI/SS3 sequences with modifier digits, rxvt
// '$'/'^' keys, function keys, unknown sequences, sequences split across
// chunks, and the escape wait (only an ESC ending a chunk waits).
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input, { escapeCodeTimeout: 20 });
input.on('keypress', (ch, key) => {
  const mods = ['ctrl', 'meta', 'shift'].filter((m) => key[m]).join('+');
  console.log(' ', JSON.stringify(ch), JSON.stringify(key.sequence), key.name, mods, key.code === undefined ? '' : key.code);
});

const chunks = [
  'io.JS',
  '\n\r\t\x1b\n\x1b\r\x1b\t',
  '\b\x7f\x1b\b\x1b\x7f\x1b\x1b  \x1b ',
  '\x1b\x1b\x1b',
  '\x1b]',
  '\x00\x01\x0b\x1a\x1c',
  'a\x1baA\x1bA\x1b1',
  '\x1b[2P\x1b[5Q\x1b[8S\x1bOP\x1bO2A\x1b[[A\x1b[[5~',
  '\x1b[11~\x1b[24~\x1b[20;5~\x1b[1;5H\x1b[5H\x1b[2A',
  '\x1b[2$\x1b[3^\x1b[6;5^\x1b[a\x1bOb\x1b[Z',
  '\x1b[31ma\x1b[200~x',
  '\x1b\x1b[A\x1b\x1bOB',
];
for (const c of chunks) {
  console.log('chunk', JSON.stringify(c));
  input.write(c);
}
console.log('split chunks');
for (const c of '\x1b[1;5D\x1bOA') input.write(c);

// A chunk ending in ESC waits; the next chunk continues the sequence, or
// the wait runs out and it is the Escape key.
const later = [['a\x1b', 5], ['[B', 60], ['\x1b', 60], ['\x1b\x1b', 60], ['\x1b[', 60], ['C', 60]];
let i = 0;
function next() {
  if (i === later.length) return;
  const [c, wait] = later[i++];
  console.log('chunk', JSON.stringify(c), 'then', wait, 'ms');
  input.write(c);
  setTimeout(next, wait);
}
next();
