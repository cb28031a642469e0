export const never = 1;
