// Bare specifiers: "exports" with import/node/default conditions, subpath
// patterns, "main" of a package without "exports", scoped packages,
// self-reference by name and "imports".
import { kind } from './pkgs/node_modules/dual/lib/index.mjs';
import { createRequire } from 'node:module';
import { result } from './pkgs/self/main.js';

console.log(kind);
const here = new URL('./pkgs/', import.meta.url).href;
const rel = (url) => url.replace(here, '');
console.log(rel(import.meta.resolve('./pkgs/node_modules/dual/lib/index.mjs')));
console.log(result);
const req = createRequire(new URL('./pkgs/x.js', import.meta.url));
console.log(req('dual').kind);
const { use } = await import('./pkgs/use.js');
for (const s of ['dual', 'dual/feature', 'dual/sub/a', 'dual/sub/zzz', 'dual/lib/index.mjs', 'dual/package.json',
  'legacy', 'legacy/deep.js', 'legacy/deep', '@scope/typed', 'self-pkg', '#internal', 'missing-pkg']) {
  const value = await use(s);
  console.log(s, '->', typeof value === 'object' ? JSON.stringify(value) : value);
}
