export function thrower() { throw new Error('x'); }
export const obj = { run() { thrower(); } };
export class Thing { constructor() { thrower(); } }
