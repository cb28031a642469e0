'use strict';
// Reads and writes of 32 KiB and more (on io_uring they are handed to the
// kernel's worker threads rather than copied inline): contents, file
// positions (position null: the descriptor's offset moves in order) and
// explicit positions in parallel must all come out as with smaller ones.
const fs = require('fs');
const fsp = fs.promises;
const { pipeline } = require('stream/promises');
require('./helpers/tmp');

function pattern(size, seed) {
  const b = Buffer.allocUnsafe(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = x >>> 16;
  }
  return b;
}

const big = pattern(3 * 1024 * 1024 + 12345, 7);
fs.writeFileSync('big.bin', big);

async function streams() {
  await pipeline(fs.createReadStream('big.bin'), fs.createWriteStream('copy1.bin'));
  console.log('default chunks equal', fs.readFileSync('copy1.bin').equals(big));
  await pipeline(fs.createReadStream('big.bin', { highWaterMark: 1024 * 1024 }),
    fs.createWriteStream('copy2.bin', { highWaterMark: 512 * 1024 }));
  console.log('1 MiB chunks equal', fs.readFileSync('copy2.bin').equals(big));
  const start = 40000, end = 2 * 1024 * 1024 + 77;
  const parts = [];
  for await (const chunk of fs.createReadStream('big.bin', { start, end, highWaterMark: 100000 })) parts.push(chunk);
  const range = Buffer.concat(parts);
  console.log('range', range.length, range.equals(big.subarray(start, end + 1)), parts.length);
}

async function handles() {
  // readFile on a handle reads on from the handle's position.
  const h = await fsp.open('big.bin', 'r');
  const head = Buffer.alloc(100000);
  const r = await h.read(head, 0, head.length, null);
  const rest = await h.readFile();
  console.log('head', r.bytesRead, head.equals(big.subarray(0, 100000)));
  console.log('rest', rest.length, rest.equals(big.subarray(100000)));
  await h.close();

  // Sequential writes at the current position, then parallel ones at
  // explicit positions.
  const w = await fsp.open('seq.bin', 'w+');
  for (let i = 0; i < 5; i++) await w.write(big, i * 70000, 70000, null);
  const seq = await fsp.readFile('seq.bin');
  console.log('sequential', seq.length, seq.equals(big.subarray(0, 350000)));
  const blocks = [];
  for (let i = 0; i < 8; i++) blocks.push(w.write(big, i * 65536, 65536, 1000000 - i * 65536));
  const written = await Promise.all(blocks);
  console.log('parallel bytes', written.map((x) => x.bytesWritten).join());
  const after = await fsp.readFile('seq.bin');
  let same = after.length === 1000000 + 65536;
  for (let i = 0; i < 8 && same; i++) {
    same = after.subarray(1000000 - i * 65536, 1000000 - i * 65536 + 65536).equals(big.subarray(i * 65536, (i + 1) * 65536));
  }
  console.log('parallel blocks right', same, after.length);
  await w.close();
}

function vectors() {
  return new Promise((resolve) => {
    const fd = fs.openSync('vec.bin', 'w+');
    const bufs = [0, 1, 2, 3].map((i) => big.subarray(i * 16384, (i + 1) * 16384));
    fs.writev(fd, bufs, null, (err, n) => {
      console.log('writev', err, n);
      fs.writev(fd, bufs, null, (err2, n2) => {
        console.log('writev again', err2, n2);
        const back = [Buffer.alloc(50000), Buffer.alloc(81072)];
        fs.readv(fd, back, 0, (err3, n3) => {
          const all = Buffer.concat(back);
          console.log('readv', err3, n3, all.equals(Buffer.concat([...bufs, ...bufs])));
          fs.read(fd, Buffer.alloc(70000), 0, 70000, 100000, (err4, n4) => {
            console.log('read past the middle', err4, n4);
            fs.closeSync(fd);
            resolve();
          });
        });
      });
    });
  });
}

(async () => {
  await streams();
  await handles();
  await vectors();
  const text = fs.readFileSync('big.bin', 'latin1');
  const viaPromise = await fsp.readFile('big.bin', 'latin1');
  console.log('latin1 readFile', viaPromise.length, viaPromise === text);
})();
