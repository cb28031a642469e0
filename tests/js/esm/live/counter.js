export let count = 0;
export function increment() { count++; }
export var later;
later = 'set at evaluation';
export function reset() { count = 0; later = 'reset'; }
