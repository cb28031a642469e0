// rmdir/rmdirSync with { recursive: true } (deprecated, DEP0147, warned once
// per process): removes a directory tree, but a file is refused (ENOTDIR
// from rmdir, the file stays) and a missing path fails its lstat. The
// options are checked whether or not recursive is set.
'use strict';
const fs = require('fs');
const { show } = require('./helpers/tmp');

process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const err = (e) => (e ? `${e.code} ${e.syscall} ${e.message}` : e);

fs.writeFileSync('f', 'keep');
show('rmdirSync file', () => fs.rmdirSync('f', { recursive: true }));
show('file still there', () => fs.readFileSync('f', 'utf8'));
show('rmdirSync missing', () => fs.rmdirSync('nope', { recursive: true }));
fs.mkdirSync('t/u', { recursive: true });
fs.writeFileSync('t/u/x', '');
show('rmdirSync tree', () => fs.rmdirSync('t', { recursive: true }));
show('tree gone', () => fs.existsSync('t'));
show('recursive string', () => fs.rmdirSync('t', { recursive: 'yes' }));
show('maxRetries -1', () => fs.rmdirSync('t', { recursive: true, maxRetries: -1 }));
show('maxRetries 1.5', () => fs.rmdirSync('t', { maxRetries: 1.5 }));
show('retryDelay string', () => fs.rmdirSync('t', { retryDelay: 'x' }));
show('options string', () => fs.rmdirSync('t', 'x'));
show('options null', () => fs.rmdirSync('t', null));
show('non-recursive file', () => fs.rmdirSync('f', { recursive: false }));
show('callback recursive number', () => fs.rmdir('t', { recursive: 1 }, () => {}));

fs.rmdir('f', { recursive: true }, (e) => {
  console.log('rmdir file:', err(e), fs.existsSync('f'));
  fs.rmdir('nope', { recursive: true }, (e2) => {
    console.log('rmdir missing:', err(e2));
    fs.mkdirSync('t2/u', { recursive: true });
    fs.rmdir('t2', { recursive: true }, (e3) => {
      console.log('rmdir tree:', e3, fs.existsSync('t2'));
    });
  });
});
