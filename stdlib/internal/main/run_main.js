'use strict';
// The main entry: preloads (-r), then the script, -e/-p code, or a script
// read from stdin, as node's command line does.

const pm = internalBinding('process_methods');
const path = require('path');
const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');

function evalScript(name, source, print) {
  const contextify = internalBinding('contextify');
  require('internal/process/execution').registerVirtualSource(name, source);
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  // Code given with -e sees module, require, exports, __filename and
  // __dirname as globals, as in node.
  const globals = {
    module, require: makeRequireFunction(module), exports: module.exports, __filename: name, __dirname: '.',
  };
  for (const key of Object.keys(globals)) {
    Object.defineProperty(globalThis, key, {
      __proto__: null, value: globals[key], writable: true, configurable: true, enumerable: false,
    });
  }
  const result = contextify.runInThisContext(source, name);
  if (print) console.log(result);
}

function checkSyntaxOf(filename) {
  const fsb = internalBinding('fs');
  const source = fsb.readFileUtf8(filename);
  internalBinding('contextify').checkSyntax(source, filename);
}

module.exports = function runMain() {
  const options = pm.options;
  if (options.checkSyntax && options.mode === 'script') {
    checkSyntaxOf(path.resolve(process.argv[1]));
    return;
  }
  if (options.mode === 'script') {
    // process.argv[1] is the absolute path of the script, as in node.
    process.argv[1] = path.resolve(process.argv[1]);
  }
  Module._preloadModules(options.preload);
  switch (options.mode) {
    case 'script':
      Module.runMain(process.argv[1]);
      break;
    case 'eval':
      evalScript('[eval]', options.evalSource, options.print);
      break;
    case 'stdin': {
      const source = internalBinding('fs').readFileUtf8(0);
      evalScript('[stdin]', source, options.print);
      break;
    }
    default:
      break;
  }
};
