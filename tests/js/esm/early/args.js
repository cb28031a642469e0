console.log("arguments ran");
export const kind = typeof arguments;
export function own() { return arguments.length; }
export const inArrow = () => arguments;
