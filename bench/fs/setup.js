'use strict';
// Builds the fixtures for bench/fs.sh under the directory given as argv[2]:
//   small/     5,000 files of 1 KiB
//   big.bin    100 MiB
//   tree/      50,000 entries (directories of files, three levels deep)
const fs = require('fs');
const path = require('path');

const root = process.argv[2];
const small = path.join(root, 'small');
fs.mkdirSync(small, { recursive: true });
const kib = Buffer.alloc(1024, 'x');
for (let i = 0; i < 5000; i++) fs.writeFileSync(path.join(small, `f${i}.txt`), kib);

const big = Buffer.alloc(100 * 1024 * 1024);
for (let i = 0; i < big.length; i += 4096) big[i] = i & 0xff;
fs.writeFileSync(path.join(root, 'big.bin'), big);

// 50 top directories x 20 subdirectories x 48 files = 48,000 files plus
// 1,000 + 50 directories: 49,050 entries, plus 950 files at the top level.
const tree = path.join(root, 'tree');
let entries = 0;
for (let a = 0; a < 50; a++) {
  for (let b = 0; b < 20; b++) {
    const dir = path.join(tree, `d${a}`, `s${b}`);
    fs.mkdirSync(dir, { recursive: true });
    for (let c = 0; c < 48; c++) fs.writeFileSync(path.join(dir, `f${c}`), '');
  }
}
for (let i = 0; i < 950; i++) fs.writeFileSync(path.join(tree, `t${i}`), '');
entries = 50 + 50 * 20 + 50 * 20 * 48 + 950;
console.log(`fixtures: ${entries} tree entries`);
