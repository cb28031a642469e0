// flags: --expose-gc
'use strict';
// With nothing else to do, callbacks of a collection made by the main script
// still run, before 'beforeExit'; an empty loop exits at once after them.
const registry = new FinalizationRegistry((held) => console.log('cleanup', held));
(function () { registry.register({}, 'only'); })();
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', () => console.log('exit'));
gc();
console.log('end of main script');
