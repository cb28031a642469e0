// mkdtemp: a template ending with X draws one "not portable" warning per
// process (whatever the form), and mkdtempDisposableSync's remove() works
// after a chdir (relative prefix), twice, and through Symbol.dispose.
'use strict';
const fs = require('fs');
const path = require('path');
const { dir } = require('./helpers/tmp');

let warnings = 0;
process.on('warning', (w) => {
  warnings++;
  console.log('warning:', w.name, w.message);
});

fs.mkdtempSync('plain.');
fs.mkdtempSync(Buffer.from('bufX'));
fs.mkdtempSync('againX');
fs.mkdtemp('cbX', (err, p) => {
  console.log('mkdtemp cb:', err, path.basename(p).length);
  setImmediate(() => {
    console.log('warnings:', warnings);

    const first = fs.mkdtempDisposableSync('first.');
    const second = fs.mkdtempDisposableSync('second.');
    console.log('relative path kept:', !path.isAbsolute(first.path), path.basename(first.path).length);
    process.chdir(first.path);
    second.remove();
    console.log('second removed from elsewhere:', fs.existsSync(path.join(dir, second.path)));
    second.remove();
    process.chdir(dir);
    first[Symbol.dispose]();
    first[Symbol.dispose]();
    console.log('first removed:', fs.existsSync(first.path));
  });
});
