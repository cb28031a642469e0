export const one = 1;
export function two() { return 2; }
export default 'the default';
const three = 3;
export { three as tres, three as 'string name' };
