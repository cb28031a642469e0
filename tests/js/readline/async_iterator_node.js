// for await over an interface as node does it: every loop shares one
// iterator (an inner loop finishing ends the outer one), leaving a loop
// early keeps the interface open, an input error rejects the loop, a
// queue of more than 1024 unread lines pauses the input until it is read
// empty, and the lines of a chunk all come out even when one closes the
// interface.
const readline = require('readline');
const { PassThrough, Readable } = require('stream');

async function shared() {
  const rl = readline.createInterface({ input: Readable.from(['a\nb\nc\nd']) });
  console.log('same iterator', rl[Symbol.asyncIterator]() === rl[Symbol.asyncIterator]());
  const seen = [];
  let outer = 0;
  for await (const first of rl) {
    outer++;
    seen.push(first);
    for await (const rest of rl) seen.push(rest);
  }
  console.log('shared', outer, JSON.stringify(seen));
}

async function early() {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  setTimeout(() => input.write('one\ntwo\n'), 1);
  for await (const line of rl) {
    console.log('early got', line);
    break;
  }
  console.log('early closed?', rl.closed);
  rl.close();
}

async function failing() {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  input.write('x\n');
  setTimeout(() => input.destroy(new Error('input broke')), 5);
  try {
    for await (const line of rl) console.log('failing got', line);
  } catch (e) {
    console.log('failing rejected', e.message);
  }
}

async function backpressure() {
  const input = new Readable({ read() {} });
  input.push('l\n'.repeat(1500));
  input.push('l\n'.repeat(10));
  const rl = readline.createInterface({ input });
  const events = [];
  rl.on('pause', () => events.push('pause')).on('resume', () => events.push('resume'));
  let n = 0;
  let pausedSeen = 0;
  for await (const line of rl) {
    n++;
    if (input.isPaused()) pausedSeen++;
    if (n === 1510) input.push(null);
  }
  console.log('backpressure', n, 'read while paused', pausedSeen, events.join(','));
}

async function closeMidChunk() {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  rl.on('line', (l) => {
    console.log('mid-chunk line', l, rl.closed);
    rl.close();
  });
  input.write('a\nb\nc\n');
}

shared().then(early).then(failing).then(backpressure).then(closeMidChunk);
