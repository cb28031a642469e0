// A JSON file is one object for import and require, whichever comes
// first; require() of a module with top-level await throws
// ERR_REQUIRE_ASYNC_MODULE even once import() has evaluated it.
import { createRequire } from 'node:module';
import first from './shared/first.json' with { type: 'json' };

const require = createRequire(import.meta.url);
console.log('import, then require:', require('./shared/first.json') === first);
const second = require('./shared/second.json');
second.changed = true;
const imported = (await import('./shared/second.json', { with: { type: 'json' } })).default;
console.log('require, then import:', imported === second, imported.changed);

for (const when of ['before import()', 'after import()']) {
  try {
    require('./shared/tla.js');
    console.log(when, 'no error');
  } catch (err) {
    console.log(when, err.code);
  }
  if (when === 'before import()') console.log('imported:', (await import('./shared/tla.js')).late);
}
