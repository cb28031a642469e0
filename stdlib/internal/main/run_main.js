'use strict';
// The main entry: preloads (-r), then the script, -e/-p code, or a script
// read from stdin, as node's command line does. Only running a script is
// here; the other modes are in ./eval, loaded when used.

const pm = internalBinding('process_methods');

// A main script named by a .mjs path that needs no normalizing (its real
// path is the absolute path given): an ES module loaded without the
// CommonJS loader, as nothing else needs it. False when that does not apply
// (the path has to be normalized, or is not a file).
function runModuleMain(arg) {
  const fsb = internalBinding('fs');
  let path = arg;
  if (arg.charCodeAt(0) !== 47 /* / */) {
    const cwd = process.cwd();
    path = cwd === '/' ? `/${arg}` : `${cwd}/${arg}`;
  }
  if (fsb.internalModuleStat(path) !== 0 || fsb.realpath(path) !== path) return false;
  process.argv[1] = path;
  require('internal/modules/esm/loader').runMainModule(path);
  return true;
}

module.exports = function runMain() {
  const options = pm.options;
  if (options.mode === 'script' && process.argv[1].endsWith('.mjs') && !options.checkSyntax &&
      options.preload.length === 0 && runModuleMain(process.argv[1])) {
    return;
  }
  // The CommonJS loader, loaded unless the main script is an ES module.
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
};
