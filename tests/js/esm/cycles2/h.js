export function hoistedH() { return 'h.hoisted'; }
export const constH = 'h.const';
console.log('h runs');
