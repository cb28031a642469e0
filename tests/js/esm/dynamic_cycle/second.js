import { order } from './log.js';
export let seen;
// first.js is still evaluating (it waits for this module).
import('./first.js').then((ns) => {
  seen = ns.value;
  order.push(`second's import() of first: ${ns.value}`);
});
order.push('second runs');
