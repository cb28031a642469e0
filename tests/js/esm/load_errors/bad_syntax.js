export const ok = 1;
let x = ) ;
