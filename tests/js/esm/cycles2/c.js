import { early } from './d.js';
import { hoistedH, constH } from './h.js';
export function useH() { return `${hoistedH()} / ${typeof constH}`; }
console.log('c runs:', early, useH());
