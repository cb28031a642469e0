export const before = 1;
exports;
