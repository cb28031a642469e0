// Named exports of a builtin keep the value they had when the importer was
// linked until module.syncBuiltinESMExports(), as in node; the builtin's
// object itself changes at once. module.register/registerHooks fail clearly.
import fs, { readFileSync } from 'node:fs';
import module, { syncBuiltinESMExports } from 'node:module';

const original = fs.readFileSync;
fs.readFileSync = () => 'replaced';
console.log('before sync:', readFileSync === original, fs.readFileSync());
syncBuiltinESMExports();
console.log('after sync:', readFileSync());
fs.readFileSync = original;
syncBuiltinESMExports();
console.log('restored:', readFileSync === original);
console.log(typeof module.syncBuiltinESMExports, typeof module.register, typeof module.registerHooks);
