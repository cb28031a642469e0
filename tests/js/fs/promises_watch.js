'use strict';
// fs/promises.watch: argument errors reject the first next() (the call
// itself does not throw), options must be an object, and maxQueue with
// overflow: 'error' ends the iteration with ERR_FS_WATCH_QUEUE_OVERFLOW.
const fs = require('fs');
const { watch } = require('fs/promises');
require('./helpers/tmp');

fs.mkdirSync('w');

async function main() {
  const cases = [
    [1],
    ['w', 1],
    ['w', 'utf8'],
    ['w', { persistent: 1 }],
    ['w', { recursive: 1 }],
    ['w', { encoding: 'bogus' }],
    ['w', { signal: 1 }],
    ['w', { maxQueue: 'silly' }],
    ['w', { maxQueue: 1.5 }],
    ['w', { overflow: 'barf' }],
    ['missing'],
    ['w', { signal: AbortSignal.abort('why') }],
  ];
  for (const args of cases) {
    let it;
    try {
      it = watch(...args);
    } catch (err) {
      console.log('threw at call', err.code);
      continue;
    }
    try {
      await it.next();
      console.log(args, 'no error');
    } catch (err) {
      console.log(err.name, err.code, err.message, err.cause);
    }
  }

  // Three events with room for one: the iteration fails with the overflow.
  const ac = new AbortController();
  const it = watch('w', { maxQueue: 1, overflow: 'error', signal: ac.signal });
  const first = it.next();
  setTimeout(() => {
    fs.writeFileSync('w/a', '');
    fs.writeFileSync('w/b', '');
    fs.writeFileSync('w/c', '');
  }, 50);
  const { value } = await first;
  console.log('first event', value.eventType, value.filename);
  await new Promise((resolve) => setTimeout(resolve, 100));
  try {
    for (;;) {
      const r = await it.next();
      if (r.done) break;
    }
    console.log('no overflow');
  } catch (err) {
    console.log('overflow', err.code, err.message);
  }
}

main();
