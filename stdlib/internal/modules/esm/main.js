'use strict';
// The main entry of a .mjs file, kept small: most main modules of a quick
// script import nothing and export nothing, and such a module needs none
// of the loader's graph machinery (./loader, whose text alone costs more
// start-up time than the rest of `jolt hello.mjs`). A module with no
// module syntax at all (no import or export declaration, import.meta,
// import(), top-level await) and no call of eval or Function (their code
// may import) runs here in the loader's script shape; anything else, or a
// module that does not compile, goes to the loader, which then reports the
// error as usual.
//
// The loader learns of a module that ran here when it is loaded
// (plainMain): importing the main module later gives it, run once.

const esmBinding = internalBinding('esm');

// Characters a file: URL's path percent-encodes.
const kUrlUnsafe = /[%\\\n\r\t "#<>?`{}\u0080-\uffff]/g;
function fileUrlOf(path) {
  // Most paths need no encoding: then no replace() (a JS builtin, compiled
  // on first use) at start-up.
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f || c === 0x25 /* % */ || '\\"#<>?`{}'.includes(path[i])) {
      return `file://${path.replace(kUrlUnsafe, (u) => (u === '\\' ? '%5C' : encodeURIComponent(u)))}`;
    }
  }
  return `file://${path}`;
}

// The module run here: { url, filename, done, error }; `record` is the
// loader's record of it once the loader made one (see ./loader).
const plainMain = { url: null, filename: null, done: false, error: undefined, record: null };

function runMainModule(filename) {
  let source = internalBinding('fs').readFileUtf8(filename);
  if (source.charCodeAt(0) === 0xFEFF) source = source.slice(1);
  const info = esmBinding.transform(source);
  if (info.error !== undefined || info.moduleSyntax || info.codeCalls || info.body.includes('$jimp$')) {
    return require('internal/modules/esm/loader').runMainModule(filename);
  }
  const url = fileUrlOf(filename);
  let outer;
  try {
    outer = esmBinding.compile(esmBinding.script(info.body, false, false, [], []), url);
  } catch {
    return require('internal/modules/esm/loader').runMainModule(filename);
  }
  plainMain.url = url;
  plainMain.filename = filename;
  // The script's parameters: import(), import.meta and the loader's
  // hand-over of bindings go unused (it has none).
  const body = outer(undefined, undefined, () => {}, { __proto__: null })();
  try {
    body.next();  // registers no exports
    body.next();
  } catch (err) {
    // (Loading the loader now makes its record of this module, failed.)
    plainMain.error = err;
    const { internals } = require('internal/modules/esm/loader');
    internals.notePlainMainEnd();
    internals.explainScopeError(err, { format: 'module', done: false, filename, url });
    throw err;
  }
  plainMain.done = true;
  if (plainMain.record !== null) require('internal/modules/esm/loader').internals.notePlainMainEnd();
  return undefined;
}

module.exports = { runMainModule, fileUrlOf, plainMain };
