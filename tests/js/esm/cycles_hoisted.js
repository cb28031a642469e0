// A module in a cycle calls, before the module it imports from has run,
// a function that uses that module's imports: hoisted functions of a
// module that has not run yet are there; its const is in its TDZ.
import { useH } from './cycles2/c.js';
import { early, direct } from './cycles2/d.js';
console.log('main:', useH(), early, direct);
