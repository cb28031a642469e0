// fs/promises writeFile/appendFile `flush` option: anything but a boolean
// (or null/undefined) rejects with ERR_INVALID_ARG_TYPE before the file is
// touched; the accepted values all write.
'use strict';
const fsp = require('fs/promises');
const fs = require('fs');
require('./helpers/tmp');

(async () => {
  for (const v of ['true', '', 0, 1, [], {}, Symbol('s')]) {
    for (const fn of ['writeFile', 'appendFile']) {
      try {
        await fsp[fn]('v.txt', 'x', { flush: v });
        console.log(fn, typeof v, 'accepted');
      } catch (e) {
        console.log(fn, typeof v, e.code, e.message);
      }
    }
  }
  console.log('nothing written by failed validation', fs.existsSync('v.txt'));
  for (const v of [undefined, null, false, true]) {
    await fsp.writeFile('w.txt', 'a', { flush: v });
    await fsp.appendFile('w.txt', 'b', { flush: v });
    console.log('flush', v, await fsp.readFile('w.txt', 'utf8'));
  }
})();
