export const same = 2;
