// The nearest package.json decides (one reader for import and require):
// its "type" for .js files, "exports" for a package importing itself by
// name; a package.json that does not parse is node's error for both.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = new URL('./', import.meta.url).pathname;
const show = (err) => `${err.code} ${err.message.replaceAll(here, './')}`;

try {
  await import('./pkgjson/broken/a.js');
} catch (err) {
  console.log('import:', show(err));
}
try {
  require('./pkgjson/broken/a.js');
} catch (err) {
  console.log('require:', show(err));
}
const c = await import('./pkgjson/commonjs/inner/c.js');
console.log(c.default.kind, require('./pkgjson/commonjs/inner/c.js') === c.default);
const m = await import('./pkgjson/commonjs/modern/m.js');
console.log(m.kind, m.self);
console.log(require('./pkgjson/commonjs/modern/m.js').kind);
const byName = createRequire(new URL('./pkgjson/commonjs/modern/m.js', import.meta.url));
console.log(byName('modern/c').kind);
