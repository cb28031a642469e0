export let a = 1, b = 2;
export var c;
export function swap() { [a, b] = [b, a]; ({ c } = { c: 'set' }); }
