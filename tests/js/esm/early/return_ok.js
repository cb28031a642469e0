export function ok() { return 1; }
export const arrow = () => { return 2; };
class Thenable { catch(e) { return e; } then(f) { return f; } }
export const t = new Thenable().catch(3);
export const obj = { return: 4 };
