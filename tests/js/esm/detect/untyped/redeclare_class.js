class exports {}
let __dirname = "x";
globalThis.redeclaredClass = `${typeof exports} ${__dirname} ${typeof require} ${this}`;
