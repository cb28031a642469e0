// fs.Stats built by user code is deprecated (DEP0180, one warning per
// process, with or without `new`); Stats made by fs.stat*() do not warn.
'use strict';
const fs = require('fs');

const seen = [];
process.on('warning', (w) => seen.push(`${w.name} ${w.code} ${w.message}`));

const s = fs.statSync(__filename);
fs.stat(__filename, () => {
  console.log('after fs.stat:', seen.length, s instanceof fs.Stats);
  const made = new fs.Stats(1, 0o100644, 1, 0, 0, 0, 4096, 7, 10, 1, 0, 0, 0, 0);
  console.log('made:', made instanceof fs.Stats, made.isFile(), made.size, made.ino);
  console.log('call without new:', fs.Stats());
  class Sub extends fs.Stats {}
  console.log('subclass:', new Sub() instanceof fs.Stats);
  setImmediate(() => console.log(seen));
});
