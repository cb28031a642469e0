// The escapeCodeTimeout and tabSize options: defaults, validation, and the
// timeout deciding how long a terminal interface waits after a lone ESC.
const readline = require('readline');
const { PassThrough } = require('stream');

console.log('default', readline.createInterface({ input: new PassThrough() }).escapeCodeTimeout);
for (const v of [null, {}, NaN, '50', Infinity]) {
  try {
    readline.createInterface({ input: new PassThrough(), escapeCodeTimeout: v });
    console.log('accepted', v);
  } catch (e) {
    console.log('escapeCodeTimeout', String(v), e.name, e.code, e.message);
  }
}
for (const v of [0, '4', 2.5]) {
  try {
    readline.createInterface({ input: new PassThrough(), tabSize: v });
    console.log('accepted', v);
  } catch (e) {
    console.log('tabSize', String(v), e.code, e.message);
  }
}
// Old-style arguments take neither option.
console.log('positional', readline.createInterface(new PassThrough(), null, undefined, false).escapeCodeTimeout);

const input = new PassThrough();
const rl = readline.createInterface({ input, terminal: true, escapeCodeTimeout: 30 });
console.log('option', rl.escapeCodeTimeout, rl.tabSize);
const start = Date.now();
input.on('keypress', (ch, key) => {
  console.log('key', key.name, JSON.stringify(key.sequence), Date.now() - start >= 25 ? 'after the wait' : 'at once');
  if (key.name === 'escape') rl.close();
});
input.write('x\x1b');
