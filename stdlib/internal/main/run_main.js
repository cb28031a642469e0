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

// Words whose absence from a script's text means it cannot tell whether
// the CommonJS loader ran it: the module wrapper's bindings and
// `arguments`, what reaches them (eval) or what the loader rewrites or
// reads the syntax of (import, Function), process (process.mainModule),
// and \u, with which an identifier can spell any of these.
const kLoaderWords = ['require', 'module', 'exports', 'process', 'import', '__filename', '__dirname', 'arguments',
  'eval', 'Function', '\\u'];

// A .js or .cjs main script that cannot tell the loader from this (see
// kLoaderWords) and is CommonJS for sure (a .cjs file, or a .js file with
// no package.json above it, whose "type" could say otherwise) is compiled
// and run here. The CommonJS loader (its text, and compiling what it runs
// for a main module) costs more start-up time than the rest of start-up
// put together; a script that gets here never needs it. False when that
// does not apply, or the script does not compile: the loader then does it
// all again, reporting the error or running an ES module.
function runPlainScript(arg) {
  const isJs = arg.endsWith('.js');
  if (!isJs && !arg.endsWith('.cjs')) return false;
  const path = plainMainPath(arg);
  if (path === undefined) return false;
  const fsb = internalBinding('fs');
  const source = fsb.readFileUtf8(path);
  for (let i = 0; i < kLoaderWords.length; i++) if (source.includes(kLoaderWords[i])) return false;
  const dir = path.slice(0, path.lastIndexOf('/')) || '/';
  if (isJs) {
    for (let d = dir; ; d = d.slice(0, d.lastIndexOf('/')) || '/') {
      if (fsb.internalModuleStat(d === '/' ? '/package.json' : `${d}/package.json`) >= 0) return false;
      if (d === '/') break;
    }
  }
  let fn;
  try {
    fn = internalBinding('contextify').compileFunction(source, path);
  } catch {
    return false;
  }
  process.argv[1] = path;
  const exports = {};
  fn.call(exports, exports, undefined, undefined, path, dir);
  return true;
}

module.exports = function runMain() {
  const options = pm.options;
  if (options.mode === 'script' && !options.checkSyntax && options.preload.length === 0) {
    const arg = process.argv[1];
    if (arg.endsWith('.mjs') ? runModuleMain(arg) : runPlainScript(arg)) return;
  }
  runWithLoader(options);
};

// Everything else: with the CommonJS loader. (A function of its own, which
// start-up does not compile when a plain script ran.)
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
