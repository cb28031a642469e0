// Load and link errors as node reports them to import(): a module that
// fails to compile fails the same way again; an unknown import attribute
// fails before the format is looked at; errors name a data: importer as
// it is; node's hint for a CommonJS name only for a one-line import; the
// old `assert { type }` form is a syntax error.
const show = (label, err) => console.log(label, err.name, err.code, JSON.stringify(err.message.replaceAll(process.cwd(), '.')));

const first = await import('./load_errors/bad_syntax.js').catch((err) => err);
const second = await import('./load_errors/bad_syntax.js').catch((err) => err);
show('syntax', first);
console.log('same error again:', second.name, second.message === first.message);

for (const [url, options] of [
  ['data:text/css,', { with: { unsupportedAttribute: 'value' } }],
  ['data:text/css,', { with: { type: 'css' } }],
  ['./load_errors/one_line.js', { with: { type: 'json', other: 'x' } }],
  ['data:text/javascript,import "file:///nonexistent/x.mjs"', undefined],
  [`data:text/javascript,import ${JSON.stringify(new URL('./load_errors', import.meta.url).href)}`, undefined],
  ['./load_errors/multi_line.js', undefined],
  ['./load_errors/one_line.js', undefined],
  [`data:text/javascript,import ${JSON.stringify('data:application/json,1')} assert { type: "json" }`, undefined],
]) {
  await import(url, options).then(() => console.log('loaded', url), (err) => show(url.slice(0, 24), err));
}
