export const before = 1;
module;
