globalThis.onlyGlobal = 1;
export { onlyGlobal as g };
