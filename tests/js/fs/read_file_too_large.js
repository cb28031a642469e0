// readFile of a file over 2 GiB (a sparse one here) fails at once with
// node's RangeError ERR_FS_FILE_TOO_LARGE, in all three forms, instead of
// allocating and reading it.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jolt-large-'));
const file = path.join(dir, 'sparse.bin');
fs.writeFileSync(file, '0');
fs.truncateSync(file, 2 ** 31);
const show = (how, e) => console.log(how, e ? `${e.name} ${e.code} ${e.message}` : 'no error');
try {
  fs.readFileSync(file);
  show('sync');
} catch (e) {
  show('sync', e);
}
fs.readFile(file, (err) => {
  show('callback', err);
  fs.promises.readFile(file).then(() => show('promise'), (e) => show('promise', e)).finally(() => {
    fs.rmSync(dir, { recursive: true });
  });
});
