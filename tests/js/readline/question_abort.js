// Cancelling questions as node does: an aborted signal drops the question
// (the old prompt comes back, the line typed so far is left behind with a
// line break) and a promised answer rejects with an AbortError; only one
// 'abort' listener is added and it is removed on the answer. Ctrl+C and
// Ctrl+D that close the interface reject a promised answer too.
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough, Writable } = require('stream');

let out = '';
const output = new Writable({ write(c, e, cb) { out += c; cb(); } });
function make(mod) {
  const input = new PassThrough();
  const rl = mod.createInterface({ input, output, terminal: true });
  return [rl, input];
}

function counting(signal) {
  const counts = { add: 0, remove: 0 };
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = (...args) => { counts.add++; add(...args); };
  signal.removeEventListener = (...args) => { counts.remove++; remove(...args); };
  return counts;
}

async function main() {
  {
    const [rl, input] = make(readline);
    const ac = new AbortController();
    rl.question('cb? ', { signal: ac.signal }, (a) => console.log('callback answer', a));
    input.write('ab');
    out = '';
    ac.abort();
    console.log('callback abort', JSON.stringify(out), JSON.stringify(rl.getPrompt()), JSON.stringify(rl.line));
    rl.on('line', (l) => console.log('then a line', JSON.stringify(l)));
    input.write('cd\r');
    rl.close();
  }
  {
    const [rl, input] = make(readlinePromises);
    const ac = new AbortController();
    const counts = counting(ac.signal);
    const answer = rl.question('p? ', { signal: ac.signal });
    input.write('yes\r');
    console.log('promise answer', await answer, JSON.stringify(counts));
    ac.abort();
    rl.close();
  }
  {
    const [rl, input] = make(readlinePromises);
    const ac = new AbortController();
    const answer = rl.question('p2? ', { signal: ac.signal });
    input.write('zz');
    out = '';
    ac.abort();
    try {
      await answer;
    } catch (e) {
      console.log('promise abort', e.name, e.message, JSON.stringify(out), JSON.stringify(rl.line));
    }
    rl.close();
  }
  for (const [label, key] of [['Ctrl+C', '\x03'], ['Ctrl+D', '\x04']]) {
    const [rl, input] = make(readlinePromises);
    const answer = rl.question('k? ');
    input.write(key);
    try {
      await answer;
    } catch (e) {
      console.log(label, e.name, e.message, 'closed', rl.closed);
    }
  }
  {
    // With a SIGINT listener Ctrl+C does not close or reject.
    const [rl, input] = make(readlinePromises);
    rl.on('SIGINT', () => console.log('SIGINT event'));
    const answer = rl.question('s? ');
    input.write('\x03');
    input.write('fine\r');
    console.log('after SIGINT', await answer);
    rl.close();
  }
}
main();
