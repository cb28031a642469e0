export const kind = `module ${typeof require}`;
export { kind as self } from "modern";
