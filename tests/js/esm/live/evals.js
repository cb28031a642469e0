// A direct eval may assign any binding of the module.
export let viaEval = 0;
export function update() { eval('viaEval = 23'); }
