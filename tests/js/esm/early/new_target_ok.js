export function F() { return new.target === F; }
export const arrowInFn = function () { return (() => new.target)(); };
