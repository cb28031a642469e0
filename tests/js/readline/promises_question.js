// readline/promises: question() resolves with the next line, rejects with
// an AbortError when its signal aborts; the Readline class batches cursor
// actions until commit(); for await over an interface.
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough, Writable } = require('stream');

function sink() {
  const w = new Writable({ write(chunk, enc, cb) { w.text += chunk; cb(); } });
  w.text = '';
  return w;
}

async function main() {
  console.log('same module:', readline.promises === rlp, typeof rlp.Readline, typeof rlp.Interface);
  const input = new PassThrough();
  const output = sink();
  const rl = rlp.createInterface({ input, output });
  console.log('instanceof Interface:', rl instanceof rlp.Interface, rl instanceof require('events'));
  const answer = rl.question('name? ');
  input.write('Ada\nnext line\n');
  console.log('answer:', JSON.stringify(await answer), 'output:', JSON.stringify(output.text));

  const ac = new AbortController();
  const pending = rl.question('never? ', { signal: ac.signal });
  ac.abort();
  try {
    await pending;
  } catch (e) {
    console.log('aborted:', e.name, e.code, e.message);
  }
  try {
    await rl.question('again? ', { signal: AbortSignal.abort('why') });
  } catch (e) {
    console.log('pre-aborted:', e.name, e.cause);
  }
  try {
    await rl.question('bad? ', { signal: 'nope' });
  } catch (e) {
    console.log('bad signal:', e.code);
  }
  rl.close();
  try {
    await rl.question('closed? ');
  } catch (e) {
    console.log('after close:', e.code, e.message);
  }

  // The callback API, with util.promisify and a signal.
  const input2 = new PassThrough();
  const rl2 = readline.createInterface({ input: input2, output: sink() });
  rl2.question('q1 ', (a) => console.log('callback answer:', a));
  input2.write('first\n');
  const ask = require('util').promisify(rl2.question).bind(rl2);
  const p2 = ask('q2 ');
  input2.write('second\n');
  console.log('promisified answer:', await p2);
  const ac2 = new AbortController();
  rl2.question('q3 ', { signal: ac2.signal }, () => console.log('unexpected answer'));
  ac2.abort();
  rl2.on('line', (l) => console.log('line event after abort:', l));
  input2.write('third\n');
  rl2.close();

  // Readline: nothing is written before commit(); rollback() drops it all.
  const out = sink();
  const r = new rlp.Readline(out);
  r.cursorTo(2).cursorTo(3, 4).moveCursor(-1, 2).moveCursor(0, 0).clearLine(-1).clearLine(1).clearLine(0).clearScreenDown();
  console.log('before commit:', JSON.stringify(out.text));
  await r.commit();
  console.log('after commit:', JSON.stringify(out.text));
  r.cursorTo(9).rollback();
  await r.commit();
  console.log('after rollback:', JSON.stringify(out.text));
  for (const bad of [() => r.cursorTo('a'), () => r.cursorTo(1, 1.5), () => r.clearLine(2), () => r.moveCursor('x', 1),
    () => new rlp.Readline({})]) {
    try {
      bad();
    } catch (e) {
      console.log('Readline error:', e.code, e.message);
    }
  }
}
main();
