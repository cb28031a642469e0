export { x } from "./return_ok.js";
export const x = 1;
