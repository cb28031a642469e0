// A null options.recursive for mkdir and a null len for truncate are type
// errors, as in node (only undefined takes the default).
'use strict';
const fs = require('fs'); const path = require('path'); const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jolt-fv-'));
const f = path.join(dir, 'f.txt'); fs.writeFileSync(f, 'Hi');
const fd = fs.openSync(f, 'r+');
for (const recursive of ['', 1, {}, [], null, () => {}]) {
  for (const fn of ['mkdir', 'mkdirSync']) {
    try { fs[fn](path.join(dir, 'd'), { recursive }, () => {}); console.log(fn, JSON.stringify(recursive), 'ok'); } catch (e) { console.log(fn, typeof recursive, e.code, e.message); }
  }
}
for (const len of ['', false, null, {}, [], 1.5, -1]) {
  for (const [fn, a] of [['truncate', f], ['truncateSync', f], ['ftruncate', fd], ['ftruncateSync', fd]]) {
    try { fs[fn](a, len, () => {}); console.log(fn, JSON.stringify(len), 'ok'); } catch (e) { console.log(fn, JSON.stringify(len), e.code, e.message); }
  }
}
fs.closeSync(fd);
setTimeout(() => fs.rmSync(dir, { recursive: true }), 50);
