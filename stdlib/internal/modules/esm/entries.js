'use strict';
// The ES module loader's entry points other than the main module file and
// import(), loaded on first use: -e/stdin module code, require() of an ES
// module, -c, the detection of module syntax in a file without "type",
// import() in CommonJS code, and the report of an early error.

const {
  internals: {
    esmBinding, errorCodes, interop, recordFor, loadGraph, linkGraph, evaluate, run, watchUnsettled, importModule,
    namespaceOf, graphOf, sourceOf,
  },
  fileUrlOf,
} = require('internal/modules/esm/loader');

// An early error the transform found (see runtime/esm/transform.h), as
// node reports it: a SyntaxError naming the module's file and line. The
// transform reads tokens, not a syntax tree, so the engine confirms it
// first: the module body compiled where the construct is an error too.
function throwEarlyError(info, source, url) {
  const { body } = info;
  // Each probe compiles (without running anything) only if the error is
  // not there: a static block has no `return` and an arrow in global code
  // no new.target; an async function runs `await` only where the module
  // could; declaring a name again fails if the module declared it.
  let probe;
  switch (info.errorCheck) {
    case 'return': if (!info.tla) probe = `(function () { class C { static { ${body}\n} } })`; break;
    case 'new.target': probe = `(async () => { ${body}\n})`; break;
    case 'await': probe = `(async function () { ${body}\n})`; break;
    case 'undeclared': probe = `(async function () { ${body}\n;let ${info.errorName}; })`; break;
    default: break;
  }
  if (probe !== undefined) {
    let compiled = true;
    try {
      esmBinding.compile(probe, url);
    } catch {
      compiled = false;
    }
    if (compiled !== (info.errorCheck === 'undeclared')) return;
  }
  const err = new SyntaxError(info.error);
  interop().markSourcePosition(err, url, source, info.errorOffset);
  throw err;
}

// Code given with -e/--input-type=module, or stdin.
function runMainSource(source, name) {
  const cwd = process.cwd();
  const filename = `${cwd}/${name === '[eval]' ? '[eval1]' : name}`;
  const url = fileUrlOf(filename);
  require('internal/process/execution').registerVirtualSource(url, source);
  const record = recordFor(url, filename, 'module');
  record.isMain = true;
  record.source = source;
  return watchUnsettled(run(record), record);
}

// require() of an ES module: its namespace, when the graph has no
// top-level await.
function requireModule(filename, parentFilename) {
  const url = fileUrlOf(filename);
  const record = recordFor(url, filename, 'module');
  loadGraph(record);
  linkGraph(record);
  if (graphIsAsync(record)) {
    let message = 'require() cannot be used on an ESM graph with top-level await. Use import() instead. ' +
      'To see where the top-level await comes from, use --experimental-print-required-tla.';
    message += `\nRequired module: ${filename}`;
    if (parentFilename) message += `\nRequire stack:\n- ${parentFilename}`;
    throw new (errorCodes().ERR_REQUIRE_ASYNC_MODULE)(message);
  }
  evaluate(record);
  return interop().requiredNamespaceOf(record, namespaceOf(record));
}

function graphIsAsync(record, seen = new Set()) {
  if (seen.has(record)) return false;
  seen.add(record);
  if (record.async) return true;  // evaluated or not, as in node
  for (const request of record.requests) if (graphIsAsync(request.record, seen)) return true;
  return false;
}

// -c: compiles the module (runs nothing) to report its syntax errors.
function checkSyntax(source, filename) {
  const info = esmBinding.transform(source);
  if (info.error !== undefined) throwEarlyError(info, source, fileUrlOf(filename));
  esmBinding.compile(esmBinding.script(info.body, false, info.tla, [], []), fileUrlOf(filename));
}

// True when `source` has ES module syntax (a .js file without "type").
// Or declares one of the CommonJS wrapper's names (`const require = ...`)
// at its top level, which no CommonJS module can do.
function hasModuleSyntax(source) {
  const info = esmBinding.transform(source, false);
  return info.moduleSyntax || info.redeclaresWrapperName;
}

// CommonJS (or -e) code using import(): `import(` becomes a call of a
// function declared at its end (hoisted; no line moves), which imports
// relative to `filename`. Calls of eval and Function are rewritten too
// (codeTail).
const kImportHook = Symbol.for('jolt.esm.import');
function rewriteDynamicImport(source, filename) {
  if (globalThis[kImportHook] === undefined) {
    Object.defineProperty(globalThis, kImportHook, {
      __proto__: null,
      value: (specifier, options, referrer) => importModule(specifier, options, referrer),
    });
  }
  const { body, moduleSyntax, codeCalls, columnShifts } = esmBinding.transform(source, false);
  // Module syntax is no CommonJS: the compile error shows it (and lets a
  // file without "type" be detected as an ES module).
  if (moduleSyntax) return source;
  if (columnShifts !== undefined) require('internal/errors_stack').noteColumnShifts(filename, columnShifts);
  const url = JSON.stringify(fileUrlOf(filename));
  return `${body}${codeCalls ? codeTail(url) : ''}\n;function $jimp$(specifier, options) { ` +
    `return globalThis[Symbol.for('jolt.esm.import')](specifier, options, ${url}); }`;
}

// import() in code that eval (direct or indirect) or Function compile:
// JSC compiles it itself, with its own import(), which cannot load
// anything. So the transform rewrites these calls in the calling code
// instead: `eval(a)` becomes `eval(...$jev$(eval, a))`, `new Function(a, b)`
// `new Function(...$jfn$(Function, a, b))`, and the calling script's tail
// (codeTail) declares $jev$ and $jfn$. When the callee is the global eval
// or Function, the code strings are transformed (rewriteCode): `import(`
// becomes a call of a global hook that imports relative to the calling
// module or file (where node resolves them from too), and their own calls
// of eval and Function go through the same hook. `import.meta` and import
// declarations are left for the engine to reject, as node does.
//
// The hook is also what import() in a vm script run in this context calls:
// its `how` is the referrer URL (a JSON string literal in the code), or
// kMissing / kNeedsFlag for node's rejections when the script has no
// importModuleDynamically / has a function (without
// --experimental-vm-modules) for it.
const kCodeHook = Symbol.for('jolt.esm.code');
const kMissing = 0;
const kNeedsFlag = 1;
const globalEval = globalThis.eval;
const GlobalFunction = Function;
const codeHelpers = new Map();  // how -> { i, e, f }

function defineCodeHook() {
  if (globalThis[kCodeHook] === undefined) {
    Object.defineProperty(globalThis, kCodeHook, { __proto__: null, value: helpersFor });
  }
}

// `urlLiteral`: the calling module's or file's URL as a string literal.
function codeTail(urlLiteral) {
  defineCodeHook();
  const helpers = `globalThis[Symbol.for('jolt.esm.code')](${urlLiteral})`;
  return `\n;function $jev$(callee, ...args) { return ${helpers}.e(callee, ...args); }` +
    `function $jfn$(callee, ...args) { return ${helpers}.f(callee, ...args); }`;
}

function helpersFor(how) {
  let helpers = codeHelpers.get(how);
  if (helpers !== undefined) return helpers;
  helpers = {
    __proto__: null,
    i(specifier, options) {
      if (typeof how === 'string') return importModule(specifier, options, how);
      const code = how === kNeedsFlag ? 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG' : 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING';
      return Promise.reject(new (errorCodes()[code])());
    },
    e(callee, ...args) {
      if (callee === globalEval && typeof args[0] === 'string') args[0] = rewriteCode(args[0], how);
      return args;
    },
    f(callee, ...args) {
      if (callee !== GlobalFunction) return args;
      // The parameters are code too (default values).
      for (let n = 0; n < args.length; n++) if (typeof args[n] === 'string') args[n] = rewriteCode(args[n], how);
      return args;
    },
  };
  codeHelpers.set(how, helpers);
  return helpers;
}

const kHookNames = { __proto__: null, imp: 'i', ev: 'e', fn: 'f' };
function rewriteCode(code, how) {
  if (!code.includes('import') && !code.includes('eval') && !code.includes('Function')) return code;
  const { body, moduleSyntax } = esmBinding.transform(code, false);
  if (moduleSyntax) return code;
  defineCodeHook();
  const helpers = `globalThis[Symbol.for('jolt.esm.code')](${typeof how === 'string' ? JSON.stringify(how) : how})`;
  return body.replace(/\$j(imp|ev|fn)\$\(/g, (match, name) => `${helpers}.${kHookNames[name]}(`);
}

// The code of a vm script to run in this context (vm.Script,
// vm.runInThisContext), for what its importModuleDynamically option asks
// for (the main context's default loader: an import from the script's
// file or URL, or from the working directory for a relative filename).
let warnedDefaultLoader = false;
function rewriteScriptImport(code, importModuleDynamically, filename, defaultLoader) {
  let how = kMissing;
  if (importModuleDynamically === defaultLoader) {
    if (!warnedDefaultLoader) {
      process.emitWarning('vm.USE_MAIN_CONTEXT_DEFAULT_LOADER is an experimental feature and might change at any time',
        'ExperimentalWarning');
    }
    warnedDefaultLoader = true;
    if (/^[a-z][a-z\d+.-]*:/i.test(filename)) how = filename;  // a URL already
    else how = fileUrlOf(filename.startsWith('/') ? filename : `${process.cwd()}/${filename}`);
  } else if (typeof importModuleDynamically === 'function') {
    how = kNeedsFlag;
  }
  return rewriteCode(code, how);
}

// Module syntax in a file that is CommonJS by its extension or "type":
// node's warning, and its message for an import declaration.
function explainModuleSyntax(err, content, filename) {
  require('internal/process/warning').emitWarningSync(`Failed to load the ES module: ${filename}. ` +
    'Make sure to set "type": "module" in the nearest package.json file or use the .mjs extension.');
  const line = typeof err.line === 'number' ? content.split('\n')[err.line - 1] : undefined;
  if (line !== undefined && /^\s*import\s*[\w${*'"]/.test(line)) {
    err.message = 'Cannot use import statement outside a module';
    // Node's caret is under the `import` keyword.
    const offset = content.split('\n', err.line - 1).join('\n').length + (err.line > 1 ? 1 : 0) + line.search(/\S/);
    require('internal/modules/syntax_position').markTokenSite(err, filename, content, offset, false);
    return err;
  }
  return require('internal/modules/syntax_position').placeCommonJsError(err, filename, content);
}

// Where the graph under `record` waits: the first module (dependencies
// first) whose code began and did not end, at its top-level await, with
// its line and a caret as node shows it. (Which of several awaits of a
// module waits is not known here: the first one is named.)
function unsettledAt(record) {
  const stuck = graphOf(record).find((m) => m.async && m.started && !m.done) ?? record;
  const { tlaOffset } = stuck.info ?? {};
  if (tlaOffset === undefined) return stuck.url;
  let text;
  try {
    text = sourceOf(stuck);
  } catch {
    return stuck.url;
  }
  const lineStart = text.lastIndexOf('\n', tlaOffset - 1) + 1;
  let lineEnd = text.indexOf('\n', tlaOffset);
  if (lineEnd === -1) lineEnd = text.length;
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < lineStart; at = text.indexOf('\n', at + 1)) line++;
  const column = tlaOffset - lineStart;
  return `${stuck.url}:${line}\n${text.slice(lineStart, lineEnd).replace(/\r$/, '')}\n${' '.repeat(column)}^\n\n\n`;
}

// Node's message for a CommonJS name that module code used (its error
// left the module's evaluation), naming the package.json that makes a .js
// file an ES module.
function explainScopeError(err, record) {
  const name = err.message.slice(err.message.indexOf(': ') + 2);
  let message = `${name} is not defined in ES module scope${name === 'require' ? ', you can use import instead' : ''}`;
  const { filename } = record;
  if (filename !== null && filename.endsWith('.js')) {
    const { packageScopeOf, packageTypeOf } = require('internal/modules/cjs/loader');
    const dir = filename.slice(0, filename.lastIndexOf('/')) || '/';
    const scope = packageScopeOf(dir);
    if (scope !== null && packageTypeOf(dir) === 'module') {
      message += "\nThis file is being treated as an ES module because it has a '.js' file extension and " +
        `'${scope.dir}/package.json' contains "type": "module". To treat it as a CommonJS script, rename it to use ` +
        "the '.cjs' file extension.";
    }
  }
  err.message = message;
}

module.exports = {
  unsettledAt, explainScopeError, explainModuleSyntax, throwEarlyError, runMainSource, requireModule, checkSyntax, hasModuleSyntax, rewriteDynamicImport, codeTail,
  rewriteScriptImport,
};
