// An importer sees the exporter's later assignments (live bindings).
import { count, increment, later, reset } from './live/counter.js';
import * as counter from './live/counter.js';

console.log(count, later);
increment();
increment();
console.log(count, counter.count);
reset();
console.log(count, later);
// Imports are read-only for the importer.
try {
  count = 5;
} catch (err) {
  console.log(err instanceof TypeError);
}
try {
  counter.count = 5;
} catch (err) {
  console.log(err instanceof TypeError);
}
console.log(count);
// A local of the same name shadows the import.
function shadow(count) { return count; }
console.log(shadow('local'));
{
  const count = 'block';
  console.log(count);
}
const obj = { count: 'prop', increment: 1 };
console.log(obj.count, { count }.count);
