// Top-level await after an async arrow with an expression body, in code
// without semicolons (the arrow ends at the line break).
const f = async () => await Promise.resolve('from the arrow')
const g = async (x) => x
const v = await f()
console.log(v, await g('and another'))
