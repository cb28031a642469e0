// CommonJS names used by ES module code: the error leaving the module has
// node's message (a .js file also names the package.json that makes it a
// module); inside the module it is an ordinary ReferenceError; a syntax
// error's column and the import of a missing name are covered by cli pos_*.
for (const file of ['require.js', 'exports.js', 'module.js', '__filename.js', '__dirname.js', 'plain.mjs']) {
  try {
    await import(`./scope_names/${file}`);
  } catch (err) {
    console.log(file, err.name, JSON.stringify(err.message.replaceAll(process.cwd(), '.')));
  }
}
try {
  require('fs');
} catch (err) {
  console.log('inside:', err.name, err.message.includes('ES module scope'));
}
// A module that failed stays failed: the same error again.
const first = await import('./scope_names/require.js').catch((err) => err);
const second = await import('./scope_names/require.js').catch((err) => err);
console.log('same error:', first === second);
