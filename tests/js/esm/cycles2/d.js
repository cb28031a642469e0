import { useH } from './c.js';
// c has not run, nor has h: h's hoisted function is there, its const is
// in its TDZ (even for typeof).
let early;
try {
  early = useH();
} catch (err) {
  early = `${err.name} from useH`;
}
export { early };
export const direct = typeof useH;
