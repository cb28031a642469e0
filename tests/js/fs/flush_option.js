// writeFile/appendFile (sync and callback) `flush` option: must be a boolean
// when given, and `true` fsyncs the file through the module's own
// fsync/fsyncSync (so replacing them on the module is seen), for a path and
// for a file descriptor; false/null/undefined do not fsync.
'use strict';
const fs = require('fs');
const { show } = require('./helpers/tmp');

for (const v of ['true', '', 0, 1, [], {}, Symbol('s')]) {
  for (const fn of ['writeFileSync', 'appendFileSync', 'writeFile', 'appendFile']) {
    show(`${fn} flush ${typeof v}`, () => fs[fn]('v.txt', 'x', { flush: v }, () => {}));
  }
}
show('nothing written by failed validation', () => fs.existsSync('v.txt'));

const realSync = fs.fsyncSync;
const realAsync = fs.fsync;
const calls = [];
fs.fsyncSync = (...args) => {
  calls.push(`fsyncSync(${args.map((a) => typeof a).join(', ')})`);
  return realSync(...args);
};
fs.fsync = (...args) => {
  calls.push(`fsync(${args.map((a) => typeof a).join(', ')})`);
  return realAsync(...args);
};

for (const v of [undefined, null, false]) {
  fs.writeFileSync('a.txt', 'a', { flush: v });
  fs.appendFileSync('a.txt', 'b', { flush: v });
}
console.log('no flush:', calls.length, fs.readFileSync('a.txt', 'utf8'));

fs.writeFileSync('s.txt', 'one', { flush: true });
fs.appendFileSync('s.txt', 'two', { flush: true });
const fd = fs.openSync('s.txt', 'a');
fs.appendFileSync(fd, '-fd', { flush: true });
fs.writeFileSync(fd, '-fd2', { flush: true });
fs.closeSync(fd);
console.log('sync:', calls.splice(0).join(' '), fs.readFileSync('s.txt', 'utf8'));

fs.writeFile('c.txt', 'three', { flush: true }, (err) => {
  console.log('writeFile cb:', err, calls.splice(0).join(' '), fs.readFileSync('c.txt', 'utf8'));
  fs.appendFile('c.txt', 'four', { flush: true }, (err2) => {
    console.log('appendFile cb:', err2, calls.splice(0).join(' '), fs.readFileSync('c.txt', 'utf8'));
    fs.writeFile('c.txt', 'five', { flush: false }, (err3) => {
      console.log('writeFile no flush:', err3, calls.length, fs.readFileSync('c.txt', 'utf8'));
    });
  });
});
