'use strict';
// fs/promises calls settled in batches (jolt settles every promise that
// completed in one loop turn together): results go to the right promise
// when fulfilments and rejections are mixed, when settling one runs code
// that starts new calls (a `then` getter on the resolved value's
// prototype), and across rounds that reuse the bookkeeping of earlier ones.
const fs = require('fs');
const fsp = fs.promises;
require('./helpers/tmp');

for (let i = 0; i < 40; i++) fs.writeFileSync(`f${i}`, `file ${i} `.repeat(i + 1));
fs.mkdirSync('dir');

function expected(i) { return `file ${i} `.repeat(i + 1); }

async function mixed() {
  const names = [];
  for (let i = 0; i < 40; i++) names.push(i % 7 === 3 ? `missing${i}` : i % 11 === 5 ? 'dir' : `f${i}`);
  const results = await Promise.allSettled(names.map((n) => fsp.readFile(n, 'utf8')));
  let right = 0;
  const failures = [];
  results.forEach((r, i) => {
    if (r.status === 'fulfilled' && r.value === expected(i)) right++;
    else if (r.status === 'rejected') failures.push(`${i}:${r.reason.code}:${r.reason.syscall}`);
  });
  console.log('mixed right', right, 'failures', failures.join(' '));
}

async function reentrant() {
  // Resolving with a Buffer looks up `then` on it: the getter starts
  // another read while the batch is being settled.
  const started = [];
  Object.defineProperty(Uint8Array.prototype, 'then', {
    configurable: true,
    get() {
      if (started.length < 20) started.push(fsp.readFile(`f${39 - started.length}`));
      return undefined;
    },
  });
  let bufs;
  try {
    bufs = await Promise.all(Array.from({ length: 20 }, (_, i) => fsp.readFile(`f${i}`)));
  } finally {
    delete Uint8Array.prototype.then;
  }
  const inner = await Promise.all(started);
  console.log('outer right', bufs.every((b, i) => b.toString() === expected(i)));
  console.log('inner', inner.length, inner.every((b, i) => b.toString() === expected(39 - i)));
}

async function rounds() {
  let right = 0;
  for (let round = 0; round < 5; round++) {
    const count = [40, 3, 25, 1, 40][round];
    const got = await Promise.all(Array.from({ length: count }, (_, i) => fsp.readFile(`f${(i + round) % 40}`, 'latin1')));
    got.forEach((s, i) => { if (s === expected((i + round) % 40)) right++; });
  }
  console.log('rounds right', right, 'of', 40 + 3 + 25 + 1 + 40);
  // Other promise calls share the batches.
  const [st, missing, text] = await Promise.allSettled([fsp.stat('f3'), fsp.access('nope'), fsp.readFile('f2', 'utf8')]);
  console.log(st.value.size, missing.reason.code, text.value === expected(2));
}

(async () => {
  await mixed();
  await reentrant();
  await rounds();
})();
