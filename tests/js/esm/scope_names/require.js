export const before = 1;
require;
