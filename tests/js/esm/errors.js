// Load and link errors reject import() with node's errors, before any
// module of the graph runs.
const here = new URL('./', import.meta.url).pathname;
const show = (text) => String(text).replaceAll(here, './').replaceAll(`file://${here}`, 'file://./');

async function attempt(specifier) {
  try {
    await import(specifier);
    console.log(specifier, 'loaded');
  } catch (err) {
    console.log(specifier, '->', err.name, err.code, show(err.message));
  }
}

await attempt('./errors/missing_export.js');
await attempt('./errors/ambiguous.js');
await attempt('./errors/nope.js');
await attempt('./errors/runs');  // no extension guessing
await attempt('./errors');
await attempt('./errors/file.txt');
await attempt('./errors/node_modules/closed/hidden.js');
await attempt('closed-nonexistent-package');
await attempt('node:nonexistent');
await attempt('https://example.com/x.js');
await attempt('./errors/bad_syntax.js');
// A module that threw is not run again: the same error comes back.
let first;
try {
  await import('./errors/throws.js');
} catch (err) {
  first = err;
  console.log(err.message);
}
try {
  await import('./errors/throws.js');
} catch (err) {
  console.log(err === first);
}
await attempt('./errors/pkguser/deep.js');
// A name the scan of a CommonJS module does not find: node's hint.
await attempt('./errors/cjs_named.js');
