// V8's call-site columns in ES modules: frames name file: URLs, and the
// module transform's rewrites (imports, eval) shift JSC's columns first.
import('./esm/shapes.mjs').catch((err) => console.log('import failed', err));
