// A builtin module's namespace holds the values its exports had when it
// was made, as node's does: later changes to the module object show only
// after module.syncBuiltinESMExports(), and no export is added.
import * as pathNs from 'node:path';
import { basename } from 'node:path';
import { createRequire, syncBuiltinESMExports } from 'node:module';

const path = createRequire(import.meta.url)('path');
const original = path.basename;
path.basename = function patched() {
  return 'patched';
};
path.addedLater = 1;
console.log(pathNs.basename === original, basename === original, pathNs.default.basename === path.basename,
  'addedLater' in pathNs);
syncBuiltinESMExports();
console.log(pathNs.basename === path.basename, pathNs.basename('/a/b'), basename('/a/b'), 'addedLater' in pathNs,
  Object.getOwnPropertyDescriptor(pathNs, 'basename').value === path.basename);
delete path.basename;
syncBuiltinESMExports();
console.log(pathNs.basename, Object.getOwnPropertyDescriptor(pathNs, 'basename'));
path.basename = original;
delete path.addedLater;
syncBuiltinESMExports();
console.log(pathNs.basename === original, pathNs.basename('/a/b'), Object.isSealed(pathNs), Object.isFrozen(pathNs));
