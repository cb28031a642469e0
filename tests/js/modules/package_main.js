// package.json "main" of a directory: with extension, without, pointing at a
// directory, and absent (falls back to index.js).
const path = require('path');
for (const name of ['plain', 'noext', 'todir', 'nomain']) {
  const spec = '../fixtures/pkgmain/' + name;
  console.log(name.padEnd(7), '->', require(spec), '|', path.relative(__dirname, require.resolve(spec)));
}
