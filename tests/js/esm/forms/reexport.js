export * from './decls.js';
export * as decls from './decls.js';
export { default as anonymousFn, default } from './default_fn.js';
export { default as klass } from './default_class.js';
export { fn as renamedFn } from './decls.js';
import { c } from './decls.js';
export { c as reexportedImport };
