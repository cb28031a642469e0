// `arguments` and `eval` in module code: declared or assigned, node's
// SyntaxError; read outside any function, node's ReferenceError (the
// module body runs inside a function here, whose arguments it is not).
const sources = ['let arguments = 1;', 'arguments = 1;', 'arguments += 1;', 'arguments++;', '--arguments;',
  'function arguments() {}', 'class arguments {}', 'var arguments;', 'let eval = 1;',
  'console.log(arguments);', 'if (arguments == 1) {}', 'export const f = () => typeof arguments;',
  'export function g() { return arguments.length; }'];
for (const source of sources) {
  await import(`data:text/javascript,${encodeURIComponent(source)}`).then(
    (ns) => console.log('ok', source, ns.f?.(), ns.g?.(1, 2)),
    (err) => console.log(err.name, source, err.message));
}
