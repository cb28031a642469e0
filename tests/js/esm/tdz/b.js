import { value as renamed, late, runChecks } from './a.js';
import * as ns from './a.js';
export const early = 'b ran';
for (const read of [() => renamed, () => late, () => ns.value, () => ns.late]) {
  try {
    read();
  } catch (err) {
    console.log(err.name, err.message, err instanceof ReferenceError);
  }
}
console.log('hoisted:', typeof runChecks);
