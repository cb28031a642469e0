// A cycle: b runs first, can call a's hoisted function, and gets a
// ReferenceError (TDZ) for a's let before a has run.
import './cycles/a.js';
console.log('main');
