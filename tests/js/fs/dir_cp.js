'use strict';
// opendir/Dir in its three forms, and cp/cpSync/promises.cp with their
// options and errors.
const fs = require('fs');
const { show, showAsync } = require('./helpers/tmp');

fs.mkdirSync('src/sub/deeper', { recursive: true });
fs.writeFileSync('src/a.txt', 'a');
fs.writeFileSync('src/sub/b.txt', 'b');
fs.writeFileSync('src/sub/deeper/c.txt', 'c');
fs.symlinkSync('a.txt', 'src/link');
fs.writeFileSync('file', 'x');

const names = (list) => list.map((d) => `${d.parentPath}/${d.name}:${d.isDirectory() ? 'd' : d.isSymbolicLink() ? 'l' : 'f'}`).sort();

(async () => {
  // Dir, sync
  const dir = fs.opendirSync('src');
  console.log(dir.path, require('util').inspect(dir));
  const seen = [];
  let ent;
  while ((ent = dir.readSync()) !== null) seen.push(ent);
  console.log(names(seen));
  dir.closeSync();
  show('readSync closed', () => dir.readSync());
  show('closeSync twice', () => dir.closeSync());
  await showAsync('close twice', dir.close());
  await showAsync('read closed', dir.read());

  // Dir, callbacks
  await new Promise((resolve) => {
    fs.opendir('src', (err, d) => {
      const got = [];
      const next = () => d.read((err2, e) => {
        if (e === null) {
          console.log('callback dir', err, err2, names(got));
          d.close((err3) => {
            console.log('callback close', err3);
            resolve();
          });
          return;
        }
        got.push(e);
        next();
      });
      next();
    });
  });

  // Dir, promises and async iteration (closes itself)
  const got = [];
  for await (const e of await fs.promises.opendir('src', { recursive: true })) got.push(e);
  console.log(names(got));
  const d2 = await fs.promises.opendir('src');
  for await (const e of d2) break;
  await showAsync('iterated dir closed', d2.close());
  await showAsync('opendir missing', fs.promises.opendir('missing'));
  show('opendirSync file', () => fs.opendirSync('file'));

  // cp
  fs.cpSync('src', 'dst', { recursive: true });
  console.log(fs.readdirSync('dst', { recursive: true }), fs.readlinkSync('dst/link').endsWith('/src/a.txt'));
  fs.cpSync('src', 'dst-verbatim', { recursive: true, verbatimSymlinks: true });
  console.log(fs.readlinkSync('dst-verbatim/link'));
  fs.cpSync('src', 'dst-filter', { recursive: true, filter: (s) => !s.endsWith('sub') });
  console.log(fs.readdirSync('dst-filter', { recursive: true }));
  fs.cpSync('file', 'file-copy');
  console.log(fs.readFileSync('file-copy', 'utf8'));
  fs.writeFileSync('file', 'y');
  fs.cpSync('file', 'file-copy', { force: false });
  console.log(fs.readFileSync('file-copy', 'utf8'));
  fs.cpSync('file', 'file-copy');
  console.log(fs.readFileSync('file-copy', 'utf8'));
  show('cp dir without recursive', () => fs.cpSync('src', 'nope'));
  show('cp same', () => fs.cpSync('src', 'src', { recursive: true }));
  show('cp into itself', () => fs.cpSync('src', 'src/sub/inner', { recursive: true }));
  show('cp dir onto file', () => fs.cpSync('src', 'file', { recursive: true }));
  show('cp file onto dir', () => fs.cpSync('file', 'dst', { recursive: true }));
  show('cp errorOnExist', () => fs.cpSync('file', 'file-copy', { force: false, errorOnExist: true }));
  show('cp missing', () => fs.cpSync('missing', 'x'));
  show('cp async filter in sync', () => fs.cpSync('src', 'y', { recursive: true, filter: async () => true }));
  show('cp bad option', () => fs.cpSync('src', 'y', { force: 'no' }));
  show('cp bad src', () => fs.cpSync(42, 'y'));
  await fs.promises.cp('src', 'dst-async', { recursive: true, filter: async (s) => !s.endsWith('b.txt') });
  console.log(fs.readdirSync('dst-async', { recursive: true }));
  await showAsync('promises.cp without recursive', fs.promises.cp('src', 'nope'));
  await showAsync('promises.cp same', fs.promises.cp('src', 'src', { recursive: true }));
  await showAsync('promises.cp into itself', fs.promises.cp('src', 'src/sub/x', { recursive: true }));
  await showAsync('promises.cp dir onto file', fs.promises.cp('src', 'file', { recursive: true }));
  await showAsync('promises.cp file onto dir', fs.promises.cp('file', 'dst', { recursive: true }));
  await showAsync('promises.cp errorOnExist', fs.promises.cp('file', 'file-copy', { force: false, errorOnExist: true }));
  await new Promise((resolve) => {
    fs.cp('src/sub', 'dst-cb', { recursive: true }, (err) => {
      console.log('cp callback', err, fs.readdirSync('dst-cb', { recursive: true }));
      resolve();
    });
  });
})();
