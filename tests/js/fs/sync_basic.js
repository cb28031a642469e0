'use strict';
// Synchronous forms: files, descriptors, metadata, directories, links.
const fs = require('fs');
const { show } = require('./helpers/tmp');

// write/read whole files with encodings and flags
fs.writeFileSync('a.txt', 'hello world');
console.log(fs.readFileSync('a.txt', 'utf8'));
console.log(fs.readFileSync('a.txt'));
console.log(fs.readFileSync('a.txt', { encoding: 'hex' }));
console.log(fs.readFileSync('a.txt', 'base64'));
fs.appendFileSync('a.txt', '!!');
fs.appendFileSync('a.txt', Buffer.from([0x21]));
console.log(fs.readFileSync('a.txt', 'latin1'));
fs.writeFileSync('b.bin', new Uint16Array([1, 2, 3]));
console.log(fs.readFileSync('b.bin'));
fs.writeFileSync('c.txt', 'caf\u00e9', 'latin1');
console.log(fs.readFileSync('c.txt'));
fs.writeFileSync('c.txt', 'x', { flag: 'a' });
console.log(fs.readFileSync('c.txt'));
show('wx on existing', () => fs.writeFileSync('c.txt', 'y', { flag: 'wx' }));
fs.writeFileSync('empty.txt', '');
console.log(fs.readFileSync('empty.txt').length, JSON.stringify(fs.readFileSync('empty.txt', 'utf8')));

// descriptors
const fd = fs.openSync('d.txt', 'w+');
console.log(typeof fd, fs.writeSync(fd, 'abcdef'), fs.writeSync(fd, Buffer.from('XY'), 0, 2, 1));
const buf = Buffer.alloc(10);
console.log(fs.readSync(fd, buf, 0, 10, 0), buf.toString('utf8', 0, 6));
console.log(fs.readSync(fd, buf, { position: 3, length: 2 }), buf.toString('utf8', 0, 2));
console.log(fs.writevSync(fd, [Buffer.from('12'), Buffer.from('34')], 6));
const b1 = Buffer.alloc(3);
const b2 = Buffer.alloc(5);
console.log(fs.readvSync(fd, [b1, b2], 0), b1.toString(), b2.toString());
fs.ftruncateSync(fd, 4);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
console.log(fs.fstatSync(fd).size, fs.fstatSync(fd).isFile());
fs.closeSync(fd);
show('read closed fd', () => fs.readSync(fd, buf));
show('close closed fd', () => fs.closeSync(fd));
console.log(fs.readFileSync('d.txt', 'utf8'));

// readFile / writeFile through a descriptor
const fd2 = fs.openSync('e.txt', 'w');
fs.writeFileSync(fd2, 'via fd');
fs.closeSync(fd2);
const fd3 = fs.openSync('e.txt', 'r');
console.log(fs.readFileSync(fd3, 'utf8'));
fs.closeSync(fd3);

// stat and friends
const st = fs.statSync('a.txt');
console.log(st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size, typeof st.mtimeMs, st.mtime instanceof Date);
console.log(Math.abs(st.mtime.getTime() - st.mtimeMs) < 1, st.nlink, (st.mode & 0o777).toString(8).length);
const big = fs.statSync('a.txt', { bigint: true });
console.log(typeof big.size, big.size, typeof big.mtimeNs, big.mtimeNs / 1000000n === big.mtimeMs, big.isFile());
console.log(fs.statSync('missing', { throwIfNoEntry: false }));
console.log(fs.lstatSync('.').isDirectory(), fs.statfsSync('.').bsize > 0, typeof fs.statfsSync('.', { bigint: true }).blocks);

// access/exists
console.log(fs.existsSync('a.txt'), fs.existsSync('missing'), fs.existsSync('a\u0000b'), fs.existsSync());
fs.accessSync('a.txt', fs.constants.R_OK | fs.constants.W_OK);
show('access missing', () => fs.accessSync('missing'));

// directories
console.log(fs.mkdirSync('dir'));
console.log(fs.mkdirSync('deep/er/est', { recursive: true }));
console.log(fs.mkdirSync('deep/er', { recursive: true }));
fs.writeFileSync('deep/er/f.txt', '1');
fs.writeFileSync('deep/g.txt', '2');
console.log(fs.readdirSync('deep'));
console.log(fs.readdirSync('deep', { recursive: true }));
for (const d of fs.readdirSync('deep', { withFileTypes: true })) {
  console.log(d.name, d.parentPath, d.isDirectory(), d.isFile(), d instanceof fs.Dirent);
}
for (const d of fs.readdirSync('deep', { withFileTypes: true, recursive: true })) console.log(d.parentPath, d.name);
console.log(fs.readdirSync('deep', { encoding: 'buffer' }));
const tmp = fs.mkdtempSync('tmp-');
console.log(tmp.startsWith('tmp-'), tmp.length, fs.statSync(tmp).isDirectory());
fs.rmdirSync(tmp);
fs.rmdirSync('dir');
show('rmdir non-empty', () => fs.rmdirSync('deep'));
fs.rmSync('deep', { recursive: true });
console.log(fs.existsSync('deep'));
fs.rmSync('nothing-here', { force: true });

// names and links
fs.renameSync('e.txt', 'e2.txt');
console.log(fs.existsSync('e.txt'), fs.existsSync('e2.txt'));
fs.copyFileSync('e2.txt', 'e3.txt');
console.log(fs.readFileSync('e3.txt', 'utf8'));
show('copy excl', () => fs.copyFileSync('e2.txt', 'e3.txt', fs.constants.COPYFILE_EXCL));
fs.symlinkSync('e2.txt', 'link');
console.log(fs.readlinkSync('link'), fs.lstatSync('link').isSymbolicLink(), fs.statSync('link').isFile());
console.log(fs.readlinkSync('link', 'buffer'));
fs.linkSync('e2.txt', 'hard');
console.log(fs.statSync('e2.txt').nlink);
console.log(fs.realpathSync('link') === fs.realpathSync('e2.txt'), fs.realpathSync.native('.') === fs.realpathSync('.'));
fs.unlinkSync('hard');
fs.unlinkSync('link');

// attributes
fs.chmodSync('e2.txt', 0o600);
console.log((fs.statSync('e2.txt').mode & 0o777).toString(8));
fs.chmodSync('e2.txt', '644');
console.log((fs.statSync('e2.txt').mode & 0o777).toString(8));
fs.utimesSync('e2.txt', 1000, new Date(2000000));
console.log(fs.statSync('e2.txt').atimeMs, fs.statSync('e2.txt').mtimeMs);
const fd4 = fs.openSync('e2.txt', 'r+');
fs.futimesSync(fd4, 5, 6.5);
fs.fchmodSync(fd4, 0o640);
const { uid, gid } = fs.statSync(".");
fs.fchownSync(fd4, uid, gid);
console.log(fs.fstatSync(fd4).mtimeMs, (fs.fstatSync(fd4).mode & 0o777).toString(8));
fs.closeSync(fd4);
fs.chownSync("e2.txt", uid, gid);
fs.symlinkSync('e2.txt', 'l2');
fs.lutimesSync('l2', 7, 8);
fs.lchownSync("l2", uid, gid);
console.log(fs.lstatSync('l2').mtimeMs, fs.statSync('l2').mtimeMs);
fs.truncateSync('e2.txt', 2);
console.log(fs.readFileSync('e2.txt', 'utf8'));
fs.truncateSync('e2.txt');
console.log(fs.statSync('e2.txt').size);
console.log(typeof fs.lchmod, typeof fs.lchmodSync);
