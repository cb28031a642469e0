// Which globals are enumerable, and in what order, as in Node: a library
// that copies or lists globalThis sees the same names. (fetch is left out
// of the listing until Jolt has it.)
console.log(Object.keys(globalThis).filter((k) => k !== 'fetch'));
for (const name of ['Buffer', 'URL', 'TextEncoder', 'AbortController', 'EventTarget', 'DOMException', 'process', 'console']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], d.enumerable);
}
// Reading a lazy global keeps its enumerability.
void structuredClone;
console.log(Object.getOwnPropertyDescriptor(globalThis, 'structuredClone').enumerable);
