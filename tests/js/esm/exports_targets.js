// "exports" targets are URL paths (percent-escapes decoded); empty
// segments (a double slash, or a pattern match starting or ending with a
// slash) still resolve, with node's DEP0166 warning once per message; '.',
// '..' and node_modules segments are refused, and so are escaped slashes;
// '$' in a match is taken as it is.
import { createRequire } from 'node:module';
import { load } from './pkgs/importer.js';

const require = createRequire(new URL('./pkgs/x.js', import.meta.url));
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.code} ${w.message.replaceAll(process.cwd(), '.')}`));
for (const request of ['slashes/space', 'slashes/double', 'slashes/p/a', 'slashes/p//a', 'slashes/q/a', 'slashes/p/./a',
  'slashes/p/x/../a', 'slashes/p/node_modules/a', 'slashes/p/%2e%2E/a', 'slashes/p/$$', 'slashes/p/..%2Fa',
  'slashes/p/..%5Ca']) {
  let required;
  try {
    required = require(request);
  } catch (err) {
    required = err.code;
  }
  const imported = await load(request).then((ns) => ns.default, (err) => err.code);
  console.log(request, required, imported);
}
await new Promise((resolve) => setImmediate(resolve));
console.log(warnings.join('\n'));
