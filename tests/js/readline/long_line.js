// A 19 MiB line arriving in 300 chunks without a line end, then a
// 100,000-line chunk: the carried-over text is never re-searched or
// re-copied per chunk (this took 15 s).
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
let lens = [];
rl.on('line', (l) => lens.push(l.length));
const t = Date.now();
const chunk = 'y'.repeat(65536);
for (let i = 0; i < 300; i++) input.write(chunk);
input.write('\r' + 'a\n'.repeat(100000) + 'z\r\n');
input.end('last');
rl.on('close', () => console.log('fast enough', Date.now() - t < 10000, lens.length, lens[0], lens[1], lens[lens.length - 1]));
