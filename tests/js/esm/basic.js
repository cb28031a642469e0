// Named, default, namespace, renamed and string-named imports.
import def, { one, two as dos, tres, 'string name' as stringName } from './basic/lib.js';
import * as lib from './basic/lib.js';
import './basic/lib.js';

console.log(def, one, dos(), tres, stringName);
console.log(lib.default === def, lib.one, typeof lib.two);
console.log(Object.keys(lib));
console.log(lib);
console.log(typeof this, typeof require, typeof module, typeof exports, typeof __filename);
// Module code is strict.
try {
  undeclared = 1;
} catch (err) {
  console.log(err.name);
}
// Assigning to an import throws, and the binding keeps its value.
try {
  one = 2;
} catch (err) {
  console.log(err.name, one);
}
