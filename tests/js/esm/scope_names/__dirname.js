export const before = 1;
__dirname;
