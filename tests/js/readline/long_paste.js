// 20,000 characters typed at the end of a terminal line in one chunk: each
// is echoed as typed, and the work per character does not grow with the
// line (this took 15 s when every character re-measured the whole line).
const readline = require('readline');
const { PassThrough, Writable } = require('stream');
let bytes = 0, writes = 0;
const output = new Writable({ write(c, e, cb) { bytes += c.length; writes++; cb(); } });
output.columns = 80;
const input = new PassThrough();
const rl = readline.createInterface({ input, output, terminal: true });
const t = Date.now();
input.write('x'.repeat(20000));
console.log('fast enough', Date.now() - t < 10000, 'writes', writes, 'bytes', bytes, rl.line.length);
rl.close();
