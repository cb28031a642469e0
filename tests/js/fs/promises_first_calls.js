'use strict';
// fs/promises used before anything else has loaded node:buffer: the first
// calls of each kind (a plain readFile, readFile with options, a FileHandle
// read) still resolve with real Buffers, and a first call that fails still
// rejects with node's error.
const fsp = require('fs').promises;

async function main() {
  const [plain, withFlag, missing] = await Promise.allSettled([
    fsp.readFile(__filename),
    fsp.readFile(__filename, { flag: 'r' }),
    fsp.readFile(`${__filename}.missing`),
  ]);
  for (const r of [plain, withFlag]) {
    const b = r.value;
    console.log(r.status, Buffer.isBuffer(b), b.constructor.name, typeof b.readUInt8, b.toString('utf8', 0, 12));
  }
  console.log(missing.status, missing.reason.code, missing.reason.syscall);

  const fh = await fsp.open(__filename);
  try {
    const buf = Buffer.alloc(12);
    const { bytesRead, buffer } = await fh.read(buf, 0, 12, 0);
    console.log('handle', bytesRead, buffer === buf, buffer.toString());
    const all = await fh.readFile();
    console.log('handle readFile', Buffer.isBuffer(all), all.length > 100);
  } finally {
    await fh.close();
  }
}
main();
