// Importers see assignments to exported bindings made in any form: for-of
// and for-in heads, destructuring, updates, compound and logical
// assignment, parenthesized targets, nested functions and class members.
import * as ns from './live/assign.js';
import { a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, run } from './live/assign.js';

const show = () => [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x].map((y) => JSON.stringify(y)).join(' ');
console.log(show());
run();
console.log(show());
console.log(Object.keys(ns).filter((key) => key !== 'run').map((key) => JSON.stringify(ns[key])).join(' '));
// ... and a direct eval's.
import { viaEval, update } from './live/evals.js';
update();
console.log(viaEval);
