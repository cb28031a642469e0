// Bindings reassigned by destructuring assignments are seen by importers.
import { a, b, c, swap } from './live/swap.js';

console.log(a, b, c);
swap();
console.log(a, b, c);
