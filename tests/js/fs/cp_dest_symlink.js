// cp/cpSync onto a symlink: without `dereference` the link itself is the
// destination (a file replaces it; a directory may not overwrite it), with
// `dereference` the copy goes through it.
'use strict';
const fs = require('fs');
const { show } = require('./helpers/tmp');

fs.writeFileSync('a', 'file a');
fs.mkdirSync('b');
fs.mkdirSync('s');
fs.writeFileSync('s/f', 'in s');
for (const n of ['c', 'd', 'e', 'g']) fs.symlinkSync('b', n, 'dir');

show('cpSync file onto link', () => fs.cpSync('a', 'c', { dereference: false }));
show('  c is a file now', () => [fs.lstatSync('c').isFile(), fs.readFileSync('c', 'utf8')]);
show('  b untouched', () => fs.readdirSync('b'));
show('cpSync dir onto link', () => fs.cpSync('s', 'e', { recursive: true }));
show('  e still a link, b empty', () => [fs.lstatSync('e').isSymbolicLink(), fs.readdirSync('b')]);
show('cpSync dir through link', () => fs.cpSync('s', 'g', { recursive: true, dereference: true }));
show('  b has f', () => fs.readdirSync('b'));

fs.cp('a', 'd', (err) => {
  console.log('cp file onto link:', err, fs.lstatSync('d').isFile(), fs.readFileSync('d', 'utf8'));
  fs.cp('s', 'e', { recursive: true }, (err2) => {
    console.log('cp dir onto link:', err2 && err2.code);
  });
});
