// Exports for ../namespace_exotic.js: a live `let`, a function, names
// that sort differently as array indices and by code unit, and a binding
// still uninitialised while the importer (a cycle) runs first.
import * as main from '../namespace_exotic.js';
import { report } from './report.js';

report('cycle, before init', main);

export let count = 1;
export function bump() {
  count++;
}
export { count as '9', count as '10', count as B, count as b, count as '\u00e9' };
export const late = 'late';
