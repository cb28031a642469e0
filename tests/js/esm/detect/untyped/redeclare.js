const require = 1;
globalThis.redeclared = `${typeof require} ${typeof module} ${this}`;
