// File names that are not UTF-8: a Buffer path names the file by its
// bytes (open, write, stat, rename, unlink, mkdir), and readdir, opendir
// and their withFileTypes forms give the names' bytes back
// exactly in the 'buffer' encoding and in encodings other than UTF-8.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
require('./helpers/tmp');

const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9]);          // "café" in latin1
const ucs2 = Buffer.from('\uD83D\uDC04', 'ucs2');               // a cow, as UTF-16LE bytes
const dir = Buffer.from('d');

fs.mkdirSync(dir);
const inDir = (name) => Buffer.concat([dir, Buffer.from('/'), name]);
fs.writeFileSync(inDir(latin1), 'latin1 file');
fs.closeSync(fs.openSync(inDir(ucs2), 'w'));
fs.mkdirSync(inDir(Buffer.from([0xff, 0x2e, 0x64])));
fs.writeFileSync(Buffer.concat([inDir(Buffer.from([0xff, 0x2e, 0x64])), Buffer.from('/'), latin1]), 'deeper');

console.log('read back', fs.readFileSync(inDir(latin1), 'utf8'), fs.statSync(inDir(latin1)).size);
console.log('exists', fs.existsSync(inDir(latin1)), fs.existsSync(inDir(Buffer.from([0x63, 0x61, 0x66, 0xea]))));
console.log('as a string it is another name', fs.existsSync(`d/${latin1.toString()}`));
console.log('buffer', fs.readdirSync('d', 'buffer').map((b) => b.toString('hex')));
console.log('latin1', fs.readdirSync('d', { encoding: 'latin1' }));
console.log('hex', fs.readdirSync('d', 'hex'));
console.log('ucs2 round trip', fs.readdirSync('d', 'ucs2').map((n) => Buffer.from(n, 'ucs2').toString('hex')));
console.log('utf8 (lossy, as in node)', fs.readdirSync('d').map((n) => Buffer.from(n).toString('hex')));
console.log('dirents', fs.readdirSync('d', { encoding: 'buffer', withFileTypes: true })
  .map((e) => [e.name.toString('hex'), e.isDirectory()]));
const d = fs.opendirSync('d', { encoding: 'buffer' });
const names = [];
for (let e; (e = d.readSync()) !== null;) names.push(e.name.toString('hex'));
d.closeSync();
console.log('opendir', names.sort());

fs.renameSync(inDir(latin1), inDir(Buffer.from([0xe9])));
fs.unlinkSync(inDir(ucs2));
fs.readdir('d', 'buffer', (err, list) => {
  console.log('after rename/unlink', err, list.map((b) => b.toString('hex')));
  fsp.readdir('d', { encoding: 'latin1' }).then((l) => console.log('promises', l));
});
