'use strict';
// The main entry's modes other than running a script file: -e/-p code and
// a script read from stdin (evalScript), and -c (checkSyntaxOf).

const pm = internalBinding('process_methods');

function evalScript(name, source, print) {
  const contextify = internalBinding('contextify');
  require('internal/process/execution').registerVirtualSource(name, source);
  const cwd = process.cwd();
  const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
  const module = new Module(name);
  module.filename = require('path').join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  // Code given with -e sees module, require, exports, __filename and
  // __dirname as globals, as in node.
  const globals = {
    __filename: name, module, exports: module.exports, __dirname: '.', require: makeRequireFunction(module),
  };
  for (const key of Object.keys(globals)) {
    Object.defineProperty(globalThis, key, {
      __proto__: null, value: globals[key], writable: true, configurable: true, enumerable: true,
    });
  }
  let result;
  if (pm.options.inputType === 'module') {
    result = require('internal/modules/esm/loader').runMainSource(source, name);
  } else {
    result = evalCommonJs(contextify, source, name);
  }
  if (print) console.log(result);
}

// -e code as a script; ES module syntax in it (without --input-type) makes
// it a module, as node 22+ detects.
function evalCommonJs(contextify, source, name) {
  let code = source;
  if (source.includes('import') && /(^|[^.\w$])import\s*\(/.test(source)) {
    code = require('internal/modules/esm/loader').rewriteDynamicImport(source, `${process.cwd()}/${name}`);
  }
  try {
    return contextify.runInThisContext(code, name);
  } catch (err) {
    if (pm.options.inputType === 'commonjs' || !(err instanceof SyntaxError)) throw err;
    const esm = require('internal/modules/esm/loader');
    if (!esm.hasModuleSyntax(source)) throw err;
    return esm.runMainSource(source, name);
  }
}

function checkSyntaxOf(filename) {
  const fsb = internalBinding('fs');
  const source = fsb.readFileUtf8(filename);
  if (filename.endsWith('.mjs') ||
      (filename.endsWith('.js') && require('internal/modules/esm/resolve').packageTypeOf(filename) === 'module')) {
    require('internal/modules/esm/loader').checkSyntax(source, filename);
    return;
  }
  internalBinding('contextify').checkSyntax(source, filename);
}

module.exports = { evalScript, checkSyntaxOf };
