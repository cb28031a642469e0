import { early } from './b.js';
export let value = 'a value';
export const late = 'late';
export function runChecks() { return `after the cycle: ${value}, ${late}, ${early}`; }
