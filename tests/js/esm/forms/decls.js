export var v = 'var';
export let l = 'let', { o1, o2: renamed, ...oRest } = { o1: 1, o2: 2, o3: 3 }, [a1, , a3 = 'dflt', ...aRest] = [1, 2, undefined, 4, 5];
export const c = 'const', arrow = (x) => x * 2, tpl = `${v}-${l}`, re = /[/}]/g;
export function fn() { return 'fn'; }
export function* gen() { yield 'gen'; }
export async function afn() { return 'afn'; }
export class Klass { static who() { return 'Klass'; } }
const local = 'local';
export { local as aliased, local as 'with space' };
