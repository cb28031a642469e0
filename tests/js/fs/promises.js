'use strict';
// fs/promises and FileHandle: results, rejections (validation included),
// a closed handle rejecting with EBADF, handle methods.
const fsp = require('fs/promises');
const fs = require('fs');
const { showAsync } = require('./helpers/tmp');

(async () => {
  console.log(fsp === fs.promises, fsp.constants === fs.constants);
  await fsp.writeFile('a.txt', 'hello');
  await fsp.appendFile('a.txt', ' world');
  console.log(await fsp.readFile('a.txt', 'utf8'));
  console.log(await fsp.readFile('a.txt', { encoding: 'base64' }));
  console.log(await fsp.readFile('a.txt'));
  await fsp.writeFile('gen.txt', (function* gen() { yield 'a'; yield Buffer.from('b'); })());
  console.log(await fsp.readFile('gen.txt', 'utf8'));
  await showAsync('readFile missing', fsp.readFile('missing'));
  await showAsync('readFile NUL', fsp.readFile('a\u0000'));
  await showAsync('readFile bad type', fsp.readFile(1.5));
  await showAsync('writeFile bad data', fsp.writeFile('x', 5));
  await showAsync('writeFile wx', fsp.writeFile('a.txt', 'x', { flag: 'wx' }));
  const ac = new AbortController();
  ac.abort();
  await showAsync('readFile aborted', fsp.readFile('a.txt', { signal: ac.signal }));

  const st = await fsp.stat('a.txt');
  console.log(st.size, st.isFile(), (await fsp.lstat('.')).isDirectory(), (await fsp.stat('a.txt', { bigint: true })).size);
  await showAsync('access', fsp.access('a.txt'));
  await showAsync('access missing', fsp.access('missing'));
  console.log(await fsp.mkdir('x/y', { recursive: true }), await fsp.mkdir('z'));
  await fsp.writeFile('x/y/f', '');
  console.log(await fsp.readdir('x', { recursive: true }));
  console.log((await fsp.readdir('x', { withFileTypes: true })).map((d) => `${d.parentPath}:${d.name}`));
  await fsp.rename('z', 'z2');
  await fsp.copyFile('a.txt', 'b.txt');
  await showAsync('copyFile excl', fsp.copyFile('a.txt', 'b.txt', fs.constants.COPYFILE_EXCL));
  await fsp.symlink('b.txt', 'lnk');
  console.log(await fsp.readlink('lnk'), (await fsp.realpath('lnk')).endsWith('/b.txt'));
  await fsp.link('b.txt', 'hard');
  await fsp.chmod('b.txt', 0o640);
  await fsp.utimes('b.txt', 1, 2);
  await fsp.lutimes('lnk', 3, 4);
  const { uid, gid } = await fsp.stat('.');
  await fsp.chown('b.txt', uid, gid);
  await fsp.lchown('lnk', uid, gid);
  console.log(((await fsp.stat('b.txt')).mode & 0o777).toString(8), (await fsp.stat('b.txt')).mtimeMs, (await fsp.lstat('lnk')).mtimeMs);
  await fsp.truncate('b.txt', 3);
  console.log(await fsp.readFile('b.txt', 'utf8'));
  await showAsync('lchmod', fsp.lchmod('lnk', 0o600));
  await fsp.unlink('hard');
  await fsp.rmdir('z2');
  await showAsync('rm dir', fsp.rm('x'));
  await fsp.rm('x', { recursive: true });
  await fsp.rm('x', { force: true });
  const tmp = await fsp.mkdtemp('tmp-');
  console.log(tmp.startsWith('tmp-'), (await fsp.statfs('.')).bsize > 0);
  await showAsync('unlink missing', fsp.unlink('missing'));
  await showAsync('rename missing', fsp.rename('missing', 'other'));

  // FileHandle
  const fh = await fsp.open('h.txt', 'w+');
  console.log(typeof fh.fd, fh instanceof require('events'));
  console.log((await fh.write('abcdef')).bytesWritten);
  const w2 = await fh.write(Buffer.from('XY'), 0, 2, 1);
  console.log(w2.bytesWritten, w2.buffer);
  const r = await fh.read(Buffer.alloc(4), 0, 4, 0);
  console.log(r.bytesRead, r.buffer.toString());
  const r2 = await fh.read({ buffer: Buffer.alloc(10), position: 2 });
  console.log(r2.bytesRead, r2.buffer.toString('utf8', 0, r2.bytesRead));
  console.log((await fh.writev([Buffer.from('1'), Buffer.from('2')], 6)).bytesWritten);
  const rv = await fh.readv([Buffer.alloc(3), Buffer.alloc(5)], 0);
  console.log(rv.bytesRead, rv.buffers.map(String));
  console.log((await fh.stat()).size);
  await fh.truncate(4);
  await fh.sync();
  await fh.datasync();
  await fh.chmod(0o600);
  await fh.utimes(100, 200);
  await fh.chown(uid, gid);
  console.log((await fh.stat()).mtimeMs, await fh.readFile('utf8'));
  await fh.writeFile('new');
  await fh.appendFile('!');
  console.log(JSON.stringify(await fsp.readFile('h.txt', 'utf8')));
  await showAsync('read range', fh.read(Buffer.alloc(2), 0, 5));
  let closes = 0;
  fh.on('close', () => closes++);
  await fh.close();
  console.log('fd after close', fh.fd, closes);
  await fh.close();
  for (const method of ['read', 'write', 'stat', 'readFile', 'truncate', 'sync']) {
    try {
      await fh[method](method === 'write' ? 'x' : undefined);
    } catch (err) {
      console.log(method, err.code, err.message, err.syscall);
    }
  }
  await showAsync('open missing', fsp.open('missing'));
  await showAsync('open bad flags', fsp.open('h.txt', 'nope'));
  const fh2 = await fsp.open('h.txt');
  console.log(JSON.stringify(await fsp.readFile(fh2, 'utf8')));
  // `await using` closes through Symbol.asyncDispose where the engine has it
  await (Symbol.asyncDispose ? fh2[Symbol.asyncDispose]() : fh2.close());
  console.log(fh2.fd);
})();
