// flags: --expose-gc
'use strict';
// A fs/promises FileHandle collected while open: its descriptor is closed and
// a warning says so (once per handle), with the DEP0137 deprecation once.
const fs = require('fs');
const fsp = require('fs/promises');

const warnings = [];
process.on('warning', (w) => warnings.push([w.name, w.code, w.message.replace(/\d+/, 'N')].join(' | ')));

const leakedFds = [];
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  // Only the numbers are kept: the handles become garbage.
  leakedFds.push((await fsp.open(__filename)).fd);
  leakedFds.push((await fsp.open(__filename)).fd);
  // A handle closed explicitly is not reported.
  const closed = await fsp.open(__filename);
  await closed.close();
  await wait(10);
  gc();
  await wait(10);
  gc();
  await wait(30);
  for (const w of warnings) console.log(w);
  // The descriptors really are closed (or reused by nothing else here).
  for (const fd of leakedFds) {
    try {
      fs.fstatSync(fd);
      console.log('fd still open');
    } catch (e) {
      console.log('fd closed:', e.code);
    }
  }
})();
