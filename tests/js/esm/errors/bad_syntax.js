export const fine = 1;

let broken = ;
