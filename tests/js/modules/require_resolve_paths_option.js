// require.resolve(request, { paths }) looks from each of the given directories.
const path = require('path');
const rel = (p) => path.relative(__dirname, p);
const walk = path.join(__dirname, '..', 'fixtures', 'walk');
const deep = path.join(walk, 'a', 'b', 'c');
console.log(rel(require.resolve('walk-top', { paths: [walk] })));
console.log(rel(require.resolve('walk-mid', { paths: [deep] })));
console.log(rel(require.resolve('shadowed', { paths: [deep] })));
console.log(rel(require.resolve('shadowed', { paths: [walk] })));
console.log(rel(require.resolve('./greet', { paths: [path.join(__dirname, '..', 'fixtures', 'basic')] })));
// Several paths: the first that resolves wins.
console.log(rel(require.resolve('walk-mid', { paths: [__dirname, deep] })));
try {
  require.resolve('walk-mid', { paths: [__dirname] });
} catch (e) {
  console.log(e.code, '|', e.message.split('\n')[0]);
}
