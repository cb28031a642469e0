// fs.Dir: the constructor needs a handle, `path` read off the prototype is
// ERR_INVALID_THIS, sync work while an asynchronous read is undelivered is
// ERR_DIR_CONCURRENT_OPERATION (an asynchronous close is not), callbacks are
// checked under the name "callback", and closing twice is ERR_DIR_CLOSED.
'use strict';
const fs = require('fs');
const { show } = require('./helpers/tmp');

fs.mkdirSync('d');
for (const n of ['a', 'b', 'c']) fs.writeFileSync(`d/${n}`, n);

show('new Dir()', () => new fs.Dir());
show('prototype.path', () => fs.Dir.prototype.path);
show('opendir no callback', () => fs.opendir('d'));
show('opendir bad callback', () => fs.opendir('d', {}, 5));
show('opendir bad path', () => fs.opendir(5, () => {}));
show('opendirSync bad path', () => fs.opendirSync(null));
show('opendirSync file', () => fs.opendirSync(__filename));
{
  const dir = fs.opendirSync('d');
  show('path', () => dir.path);
  show('read bad callback', () => dir.read('x'));
  show('close bad callback', () => dir.close('x'));
  dir.closeSync();
  show('readSync after close', () => dir.readSync());
  show('closeSync after close', () => dir.closeSync());
  dir.close((err) => console.log('close cb after close:', err.code));
}

(async () => {
  const dir = await fs.promises.opendir('d');
  const p = dir.read();
  show('readSync during read', () => dir.readSync());
  show('closeSync during read', () => dir.closeSync());
  console.log('read delivered:', (await p).isFile());
  show('readSync after delivery', () => dir.readSync().isFile());

  const dir2 = fs.opendirSync('d');
  const names = [];
  dir2.read((err, e) => {
    names.push(e.name);
    dir2.read((err2, e2) => {
      names.push(e2.name);
      dir2.close((err3) => console.log('callback reads:', err3, names.length, new Set(names).size));
    });
  });
  show('closeSync during callback read', () => dir2.closeSync());

  const dir3 = await fs.promises.opendir('d');
  const r = dir3.read();
  const c = dir3.close();
  console.log('read then close:', (await r).isFile(), await c);
  await dir3.read().catch((e) => console.log('read after close:', e.code));
})();
