'use strict';
// Many fs.promises.readFile(path) calls at once (jolt's pool threads take
// them in batches and read each batch through one io_uring: open, a first
// read of up to 16 KiB, a second read to see the end, then close). Every
// promise gets exactly its own file, whatever else is in its batch: sizes
// on both sides of the first read's size, empty files, files far larger,
// missing files and directories (errors with the right syscall and path),
// /dev/null (a character device), a /proc file (size 0 until read), a file
// that is rewritten between rounds, and relative paths after a chdir.
const fs = require('fs');
const path = require('path');
const fsp = fs.promises;
require('./helpers/tmp');

const sizes = [0, 1, 100, 1024, 16383, 16384, 16385, 16386, 32768, 65537, 300000];
function content(i, size) {
  const b = Buffer.alloc(size);
  for (let k = 0; k < size; k++) b[k] = (i * 131 + k * 17 + (k >> 8)) & 0xff;
  return b;
}
const files = [];
for (let i = 0; i < 66; i++) {
  const size = sizes[i % sizes.length];
  fs.writeFileSync(`f${i}`, content(i, size));
  files.push({ name: `f${i}`, bytes: content(i, size) });
}
fs.mkdirSync('dir');

function describe(err) {
  return `${err.code}:${err.syscall}:${err.path === undefined ? '-' : path.basename(err.path)}`;
}

async function round(label, extra) {
  const names = [];
  const want = [];
  files.forEach((f, i) => {
    names.push(f.name);
    want.push(f.bytes);
    if (i % 9 === 4) { names.push(`missing${i}`); want.push(null); }
    if (i % 13 === 6) { names.push('dir'); want.push(null); }
  });
  if (extra) extra(names, want);
  const results = await Promise.allSettled(names.map((n) => fsp.readFile(n)));
  let right = 0;
  let exact = 0;
  const errors = new Set();
  results.forEach((r, i) => {
    if (want[i] === null) {
      if (r.status === 'rejected') errors.add(describe(r.reason));
      return;
    }
    if (r.status !== 'fulfilled') {
      errors.add(`unexpected ${names[i]} ${describe(r.reason)}`);
      return;
    }
    const b = r.value;
    if (Buffer.isBuffer(b) && b.equals(want[i])) right++;
    // (node's empty Buffers are views of a shared one; only non-empty counted)
    if (b.length > 0 && b.byteOffset === 0 && b.buffer.byteLength === b.length) exact++;
  });
  const expected = want.filter((w) => w !== null).length;
  const nonEmpty = want.filter((w) => w !== null && w.length > 0).length;
  console.log(label, `right ${right}/${expected}`, `own memory ${exact}/${nonEmpty}`, [...errors].sort().join(' '));
}

(async () => {
  await round('plain');
  await round('devices', (names, want) => {
    names.push('/dev/null');
    want.push(Buffer.alloc(0));
  });
  const proc = await Promise.all(['f1', '/proc/self/status', 'f2', 'f3'].map((n) => fsp.readFile(n)));
  console.log('proc file', proc[1].length > 0, proc[1].toString().startsWith('Name:'));

  // Rewritten between rounds (shorter, then longer): no stale bytes.
  fs.writeFileSync('f5', 'short');
  files[5].bytes = Buffer.from('short');
  fs.writeFileSync('f6', content(99, 50000));
  files[6].bytes = content(99, 50000);
  await round('rewritten');

  // Relative paths resolve against the working directory of the moment.
  fs.mkdirSync('sub');
  fs.writeFileSync('sub/f0', 'in sub');
  process.chdir('sub');
  const [inSub, up] = await Promise.all([fsp.readFile('f0'), fsp.readFile('../f1')]);
  process.chdir('..');
  console.log('after chdir', JSON.stringify(inSub.toString()), up.equals(files[1].bytes));

  // The callback form and encodings, in bursts too.
  const viaCallback = await Promise.all(files.map((f) => new Promise((resolve) => {
    fs.readFile(f.name, (err, b) => resolve(!err && b.equals(f.bytes)));
  })));
  const asLatin1 = await Promise.all(files.map((f) => fsp.readFile(f.name, 'latin1')));
  console.log('callback right', viaCallback.filter(Boolean).length,
    'latin1 right', asLatin1.filter((t, i) => t === files[i].bytes.toString('latin1')).length);

  // Flags: 'a+' creates missing files (empty), 'w' cannot be read.
  const created = await Promise.all(Array.from({ length: 20 }, (_, i) => fsp.readFile(`new${i}`, { flag: 'a+' })));
  const writeOnly = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => fsp.readFile(`f${i}`, { flag: 'r+' })));
  const cannot = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => fsp.readFile(`new${i}`, { flag: 'w' })));
  console.log('created', created.every((b) => b.length === 0), fs.existsSync('new19'),
    'r+', writeOnly.filter((r) => r.status === 'fulfilled' && r.value.equals(files[writeOnly.indexOf(r)].bytes)).length,
    'w', [...new Set(cannot.map((r) => r.status === 'rejected' ? `${r.reason.code}:${r.reason.syscall}` : 'read'))].join());

  // A kept Buffer is not changed by later rounds.
  const kept = await fsp.readFile('f3');
  await round('again');
  console.log('kept intact', kept.equals(files[3].bytes));
})();
