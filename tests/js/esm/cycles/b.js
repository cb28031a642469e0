import { hoisted, aLet } from './a.js';
console.log('b runs first:', hoisted());
try {
  console.log(aLet);
} catch (err) {
  console.log(err.name);
}
export function fromB() { return 'b.fromB'; }
export function useA() { return `later: ${aLet}`; }
export const bLet = 'b.let';
