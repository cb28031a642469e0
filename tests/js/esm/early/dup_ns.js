export * as ns from "./return_ok.js";
export const ns = 1;
