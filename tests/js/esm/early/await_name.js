export let x = 1;
let await = 2;
