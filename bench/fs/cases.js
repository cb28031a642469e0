'use strict';
// One bench/fs.sh case, run as: <runtime> cases.js <case> <fixture dir>.
// Prints the wall time of the measured part in ms.
const fs = require('fs');
const path = require('path');

const [name, root] = process.argv.slice(2);
const now = () => Number(process.hrtime.bigint()) / 1e6;

async function main() {
  if (name === 'readFile-5000x4') {
    const dir = path.join(root, 'small');
    const names = [];
    for (let i = 0; i < 5000; i++) names.push(path.join(dir, `f${i}.txt`));
    const t0 = now();
    let bytes = 0;
    for (let round = 0; round < 4; round++) {
      const all = await Promise.all(names.map((n) => fs.promises.readFile(n)));
      bytes += all.length;
    }
    const t = now() - t0;
    if (bytes !== 20000) throw new Error('bad count');
    return t;
  }
  if (name === 'readFileSync-100MiB') {
    const file = path.join(root, 'big.bin');
    const t0 = now();
    const b = fs.readFileSync(file);
    const t = now() - t0;
    if (b.length !== 100 * 1024 * 1024) throw new Error('bad size');
    return t;
  }
  if (name === 'readdir-recursive-50k') {
    const t0 = now();
    const list = fs.readdirSync(path.join(root, 'tree'), { recursive: true });
    const t = now() - t0;
    if (list.length !== 50000) throw new Error(`bad count ${list.length}`);
    return t;
  }
  if (name === 'copy-1GiB-pipeline') {
    // fs.sh makes big1g.bin (1 GiB) only when this case runs.
    const { pipeline } = require('stream/promises');
    const src = path.join(root, 'big1g.bin');
    const dst = path.join(root, 'copy.out');
    const t0 = now();
    await pipeline(fs.createReadStream(src), fs.createWriteStream(dst));
    const t = now() - t0;
    const size = fs.statSync(dst).size;
    fs.unlinkSync(dst);
    if (size !== 1024 * 1024 * 1024) throw new Error(`bad size ${size}`);
    return t;
  }
  throw new Error(`unknown case ${name}`);
}

main().then((t) => console.log(t.toFixed(2)));
