import { fromB, useA, bLet } from './b.js';
console.log('a runs; b is done:', fromB(), bLet);
export function hoisted() { return 'a.hoisted'; }
export let aLet = 'a.let';
console.log(useA());
