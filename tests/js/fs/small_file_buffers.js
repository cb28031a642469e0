'use strict';
// Buffers of small files read concurrently (jolt carves them out of shared
// chunks of memory on its pool threads): each one owns exactly its bytes
// (offset 0, an ArrayBuffer of the file's length), writing to one leaves
// the others alone, a kept Buffer survives later bursts that reuse memory,
// its ArrayBuffer can be transferred, and sizes around the chunk limit
// (16 KiB in jolt) read right in every form (promise, callback, utf8).
const fs = require('fs');
require('./helpers/tmp');

const sizes = [0, 1, 15, 16, 17, 1000, 1024, 4095, 16383, 16384, 16385, 65536, 70000];
function content(i, size) {
  const b = Buffer.alloc(size);
  for (let k = 0; k < size; k++) b[k] = (i * 31 + k * 7) & 0xff;
  return b;
}
sizes.forEach((size, i) => fs.writeFileSync(`s${i}`, content(i, size)));
for (let i = 0; i < 600; i++) fs.writeFileSync(`m${i}`, `${i}:`.padEnd(1000 + (i % 50), String.fromCharCode(97 + (i % 26))));
const many = Array.from({ length: 600 }, (_, i) => `m${i}`);

// fs/promises first loaded while the global Promise is another class: its
// promises are still the engine's own.
const NativePromise = Promise;
globalThis.Promise = class OtherPromise extends NativePromise {};
const fsp = fs.promises;
const first = fsp.readFile('s1');
globalThis.Promise = NativePromise;
console.log('native promise', first.constructor === NativePromise, first instanceof NativePromise);
const expectedMany = (i) => `${i}:`.padEnd(1000 + (i % 50), String.fromCharCode(97 + (i % 26)));

async function sizesPromise() {
  const bufs = await Promise.all(sizes.map((_, i) => fsp.readFile(`s${i}`)));
  // (node reads an empty file into a view of a pooled 64 KiB buffer: its
  // ArrayBuffer's length is not shown.)
  const report = bufs.map((b, i) => [
    sizes[i], b.equals(content(i, sizes[i])), Buffer.isBuffer(b), b.byteOffset, sizes[i] ? b.buffer.byteLength : '-',
  ].join('/'));
  console.log('promise', report.join(' '));
}

function sizesCallback() {
  return new Promise((resolve) => {
    let left = sizes.length;
    const report = [];
    sizes.forEach((size, i) => {
      fs.readFile(`s${i}`, (err, b) => {
        report[i] = err ? err.code : [size, b.equals(content(i, size)), b.byteOffset, b.buffer.byteLength].join('/');
        if (--left === 0) {
          console.log('callback', report.join(' '));
          resolve();
        }
      });
    });
  });
}

async function separate() {
  const bufs = await Promise.all(many.map((n) => fsp.readFile(n)));
  bufs[0].fill(0x21);
  bufs[1][0] = 0x21;
  let intact = 0;
  for (let i = 2; i < bufs.length; i++) if (bufs[i].toString() === expectedMany(i)) intact++;
  console.log('others intact', intact, 'of', bufs.length - 2);
  return bufs;
}

async function keptAcrossBursts() {
  const first = await Promise.all(many.map((n) => fsp.readFile(n)));
  const kept = first.filter((_, i) => i % 97 === 0);
  first.length = 0;
  for (let round = 0; round < 5; round++) {
    const texts = await Promise.all(many.map((n) => fsp.readFile(n, 'utf8')));
    const bufs = await Promise.all(many.map((n) => fsp.readFile(n)));
    if (!texts.every((t, i) => t === expectedMany(i)) || !bufs.every((b, i) => b.length === expectedMany(i).length)) {
      console.log('round', round, 'wrong');
    }
    for (const b of bufs) b.fill(0);  // scribble over memory a later round may reuse
  }
  console.log('kept intact', kept.every((b, j) => b.toString() === expectedMany(j * 97)), kept.length);
}

async function transfer() {
  const b = await fsp.readFile('m7');
  const ab = b.buffer;
  const moved = structuredClone(ab, { transfer: [ab] });
  console.log('transfer', ab.byteLength, b.length, moved.byteLength, Buffer.from(moved).toString() === expectedMany(7));
}

async function errorsAndOptions() {
  const results = await Promise.allSettled([
    fsp.readFile('missing'), fsp.readFile('.'), fsp.readFile('s1', undefined), fsp.readFile('s\u00001'),
    fsp.readFile('m3', { encoding: 'latin1' }), fsp.readFile('m3', 'hex'),
  ]);
  for (const r of results) {
    if (r.status === 'rejected') {
      const e = r.reason;
      console.log('rejected', e.code, e.syscall, e.errno, e.path, e.message);
    } else {
      const v = r.value;
      console.log('fulfilled', typeof v, v.length, typeof v === 'string' ? v.slice(0, 8) : v[0]);
    }
  }
}

(async () => {
  await sizesPromise();
  await sizesCallback();
  await separate();
  await keptAcrossBursts();
  await transfer();
  await errorsAndOptions();
})();
