'use strict';
// The main entry: preloads (-r), then the script, -e/-p code, or a script
// read from stdin, as node's command line does. Only running a script is
// here; the other modes are in ./eval, loaded when used.

const pm = internalBinding('process_methods');

// The absolute path of the main script `arg` when it needs no normalizing
// (its real path is `arg` made absolute by the cwd, and it is a file), or
// undefined.
function plainMainPath(arg) {
  let path = arg;
  if (arg.charCodeAt(0) !== 47 /* / */) {
    const cwd = process.cwd();
    path = cwd === '/' ? `/${arg}` : `${cwd}/${arg}`;
  }
  const fsb = internalBinding('fs');
  if (fsb.internalModuleStat(path) !== 0 || fsb.realpath(path) !== path) return undefined;
  return path;
}

// A main script named by a .mjs path that needs no normalizing: an ES
// module loaded without the CommonJS loader, as nothing else needs it.
// False when that does not apply.
function runModuleMain(arg) {
  const path = plainMainPath(arg);
  if (path === undefined) return false;
  process.argv[1] = path;
  require('internal/modules/esm/main').runMainModule(path);
  return true;
}

module.exports = function runMain() {
  const options = pm.options;
  if (options.mode === 'script' && !options.checkSyntax && options.preload.length === 0) {
    // (A plain .js or .cjs script has run from the bootstrap's main(), with
    // no loader, unless it did not compile.)
    const arg = process.argv[1];
    if (arg.endsWith('.mjs') && runModuleMain(arg)) return;
  }
  runWithLoader(options);
};

// Everything else: with the CommonJS loader. (A function of its own, which
// start-up does not compile when an ES module main ran without it.)
function runWithLoader(options) {
  const { Module, absolutePath } = require('internal/modules/cjs/loader');
  if (options.checkSyntax && options.mode === 'script') {
    require('internal/main/eval').checkSyntaxOf(absolutePath(process.argv[1]));
    return;
  }
  if (options.mode === 'script') {
    // process.argv[1] is the absolute path of the script, as in node.
    process.argv[1] = absolutePath(process.argv[1]);
  }
  if (options.preload.length !== 0) Module._preloadModules(options.preload);
  switch (options.mode) {
    case 'script':
      Module.runMain(process.argv[1]);
      break;
    case 'eval':
      require('internal/main/eval').evalScript('[eval]', options.evalSource, options.print);
      break;
    case 'test':
      require('internal/test_runner/runner').runCli();
      break;
    case 'stdin': {
      const source = internalBinding('fs').readFileUtf8(0);
      require('internal/main/eval').evalScript('[stdin]', source, options.print);
      break;
    }
    default:
      break;
  }
}
