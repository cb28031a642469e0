'use strict';
// Files and directories that vanish in the middle of an operation: each
// case ends in node's error on the right callback or promise, or (Linux
// semantics) goes on with the open descriptor.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanish-'));
const show = (label, e) => console.log(label + ':', e ? `${e.code} ${e.syscall} ${e.message.split(dir).join('DIR')}` : 'ok');
async function main() {
  // 1. A read stream whose file is unlinked after opening still reads it all.
  fs.writeFileSync(path.join(dir, 'a'), 'x'.repeat(200000));
  await new Promise((resolve) => {
    const rs = fs.createReadStream(path.join(dir, 'a'), { highWaterMark: 1024 });
    let n = 0;
    rs.once('open', () => fs.unlinkSync(path.join(dir, 'a')));
    rs.on('data', (c) => { n += c.length; });
    rs.on('end', () => { console.log('stream after unlink read', n); resolve(); });
    rs.on('error', (e) => { show('stream error', e); resolve(); });
  });
  // 2. cp: the filter, at the first file, removes the other two before they
  // are copied (whatever order the directory lists them in).
  fs.mkdirSync(path.join(dir, 'src'));
  const names = ['f1', 'f2', 'f3'];
  for (const f of names) fs.writeFileSync(path.join(dir, 'src', f), f);
  let first = null;
  await new Promise((resolve) => fs.cp(path.join(dir, 'src'), path.join(dir, 'dst'), {
    recursive: true,
    filter: (s) => {
      if (first === null && names.includes(path.basename(s))) {
        first = path.basename(s);
        for (const f of names) if (f !== first) fs.rmSync(path.join(dir, 'src', f));
      }
      return true;
    },
  }, (e) => { show('cp with vanished files', e && { ...e, message: e.message.replace(/f[23]/, 'fN') }); resolve(); }));
  console.log('files copied:', fs.readdirSync(path.join(dir, 'dst')).length);
  // 3. A FileHandle on an unlinked file: stat says nlink 0, reads work.
  fs.writeFileSync(path.join(dir, 'b'), 'hello');
  const fh = await fs.promises.open(path.join(dir, 'b'));
  fs.unlinkSync(path.join(dir, 'b'));
  const st = await fh.stat();
  console.log('nlink after unlink', st.nlink, 'read', (await fh.readFile('utf8')));
  await fh.close();
  // 4. rm recursive of a tree whose part vanished already; then of a vanished root.
  await fs.promises.rm(path.join(dir, 'dst'), { recursive: true }).then(() => show('rm tree'), (e) => show('rm tree', e));
  await fs.promises.rm(path.join(dir, 'dst'), { recursive: true }).then(() => show('rm vanished'), (e) => show('rm vanished', e));
  await fs.promises.rm(path.join(dir, 'dst'), { recursive: true, force: true }).then(() => show('rm vanished force'), (e) => show('rm vanished force', e));
  // 5. A write stream whose directory vanished before it opened.
  fs.mkdirSync(path.join(dir, 'gone'));
  const ws = fs.createWriteStream(path.join(dir, 'gone', 'out'));
  fs.rmdirSync(path.join(dir, 'gone'));
  await new Promise((resolve) => { ws.on('error', (e) => { show('write stream', e); }); ws.on('close', resolve); ws.end('data'); });
  // 6. readFile of a file that is replaced (renamed over) between calls.
  fs.writeFileSync(path.join(dir, 'c'), 'old');
  const p = fs.promises.readFile(path.join(dir, 'c'), 'utf8');
  console.log('readFile while renamed over:', await p);
  fs.rmSync(dir, { recursive: true });
}
main();
