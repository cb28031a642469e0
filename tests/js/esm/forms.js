// Every form of export declaration, and re-exports.
import * as d from './forms/decls.js';
import defaultFn from './forms/default_fn.js';
import namedFn from './forms/default_named_fn.js';
import DefaultClass from './forms/default_class.js';
import defaultExpr from './forms/default_expr.js';
import defaultAsync from './forms/default_async.js';
import defaultAs from './forms/default_as.js';
import * as re from './forms/reexport.js';

console.log(Object.keys(d));
console.log(d.v, d.l, d.o1, d.renamed, d.oRest, d.a1, d.a3, d.aRest, d.c, d.arrow(4), d.tpl, d.re.source);
console.log(d.fn(), d.gen().next().value, await d.afn(), d.Klass.who(), d.aliased, d['with space']);
console.log(defaultFn(), defaultFn.name, namedFn(), namedFn.name);
console.log(new DefaultClass().hello(), defaultExpr, await defaultAsync(), defaultAs);
console.log(Object.keys(re));
console.log(re.decls === d, re.anonymousFn === defaultFn, re.default === defaultFn, re.renamedFn === d.fn,
  re.reexportedImport, typeof re.klass);
// Anonymous default functions and classes are named 'default'.
const { default: arrow } = await import('./forms/default_arrow.js');
console.log(arrow(), arrow.name, DefaultClass.name, defaultAsync.name);
