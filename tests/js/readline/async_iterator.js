// for await over an interface: break and throw close it; a slow consumer
// pauses the input (backpressure) and still gets every line.
const readline = require('readline');
const { Readable, PassThrough } = require('stream');
async function main() {
  const rl = readline.createInterface({ input: Readable.from(['1\n2\n3\n4\n']) });
  rl.on('close', () => console.log('close event'));
  for await (const l of rl) { console.log('got', l); if (l === '2') break; }
  console.log('after break, closed:', rl.closed);
  const rl2 = readline.createInterface({ input: Readable.from(['x\ny\n']) });
  try {
    for await (const l of rl2) { throw new Error('stop at ' + l); }
  } catch (e) { console.log(e.message, 'closed:', rl2.closed); }
  const open = new PassThrough();
  const rl4 = readline.createInterface({ input: open });
  const lines4 = rl4[Symbol.asyncIterator]();
  open.write('a\nb\n');
  for await (const l of { [Symbol.asyncIterator]: () => lines4 }) { console.log('open input got', l); break; }
  console.log('open input, after break closed:', rl4.closed, 'input paused:', open.isPaused());
  const input3 = new PassThrough();
  const rl3 = readline.createInterface({ input: input3 });
  const it = rl3[Symbol.asyncIterator]();
  let pauses = 0; rl3.on('pause', () => pauses++);
  for (let i = 0; i < 5000; i++) input3.write(`line ${i}\n`);
  input3.end();
  let n = 0;
  for await (const l of { [Symbol.asyncIterator]: () => it }) { n++; await null; }
  console.log('count', n, 'paused', pauses > 0);
}
main();
