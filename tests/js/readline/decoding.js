// Bytes into lines: a UTF-8 character split across chunks, a byte order
// mark kept at the start, invalid bytes as U+FFFD, and string chunks from
// an input with an encoding set.
const readline = require('readline');
const { Readable, PassThrough } = require('stream');

const chunks = [Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0xc3]), Buffer.from([0xa9, 0x0a, 0xff, 0x62, 0x0a])];
const rl = readline.createInterface({ input: Readable.from(chunks, { objectMode: false }) });
const got = [];
rl.on('line', (line) => got.push(JSON.stringify(line)));
rl.on('close', () => {
  console.log(got.join(' '));
  const input = new PassThrough();
  input.setEncoding('utf8');
  const rl2 = readline.createInterface({ input });
  rl2.on('line', (line) => console.log('string chunk line:', JSON.stringify(line)));
  input.end('x\u00e9y\nlast');
});
