'use strict';
// glob/globSync/promises.glob, mkdtempDisposableSync and openAsBlob.
const fs = require('fs');
require('./helpers/tmp');

fs.mkdirSync('a/b', { recursive: true });
fs.mkdirSync('.h');
for (const f of ['a/x.js', 'a/b/y.js', 'z.txt', '.h/q.js', 'a/.dot.js']) fs.writeFileSync(f, 'x');

console.log(fs.globSync('**/*.js').sort());
console.log(fs.globSync('*').sort());
console.log(fs.globSync('a/*').sort());
console.log(fs.globSync('**').sort());
console.log(fs.globSync('{a,z.txt}').sort());
console.log(fs.globSync('a/?.js').sort());
console.log(fs.globSync('**/*.js', { exclude: (p) => p.includes('b') }).sort());
console.log(fs.globSync('**/*.js', { exclude: ['a/b/**'] }).sort());
console.log(fs.globSync('a/[xy].js').sort());
console.log(fs.globSync('nope/*'));
console.log(fs.globSync('.h/*'));
console.log(fs.globSync(['*.txt', 'a/*.js']).sort());
console.log(fs.globSync('*', { cwd: 'a' }).sort());
console.log(fs.globSync('*', { withFileTypes: true }).map((d) => `${d.name}:${d.isDirectory()}`).sort());
try {
  fs.globSync(5);
} catch (err) {
  console.log(err.code);
}

const d = fs.mkdtempDisposableSync('tmpd-');
console.log(Object.keys(d), fs.existsSync(d.path), d.path.startsWith('tmpd-'));
fs.writeFileSync(`${d.path}/inner`, '1');
d.remove();
console.log(fs.existsSync(d.path));
d.remove();

(async () => {
  const r = [];
  for await (const f of fs.promises.glob('a/**/*.js')) r.push(f);
  console.log('promises.glob', r.sort());
  await new Promise((resolve) => fs.glob('*.txt', (err, list) => {
    console.log('callback glob', err, list);
    resolve();
  }));
  const pd = await fs.promises.mkdtempDisposable('tmpp-');
  console.log(Object.keys(pd), fs.existsSync(pd.path));
  await pd.remove();
  console.log(fs.existsSync(pd.path));
  const blob = await fs.openAsBlob('z.txt', { type: 'text/plain' });
  console.log(blob.size, blob.type, await blob.text());
})();
