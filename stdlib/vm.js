'use strict';
// node:vm: scripts compiled and run in this context or in contexts made by
// createContext(). A context is a second JSC global object with its own
// builtins; its global names read from and write to the contextified
// object (internalBinding('contextify') has the details).
//
// Known limit: `timeout` is enforced by JSC's watchdog, whose termination
// cannot be caught by JS code (the public JSC API has no way to resume
// after it), so a script that times out ends the process with the
// ERR_SCRIPT_EXECUTION_TIMEOUT report instead of throwing it at the call.

const contextify = internalBinding('contextify');
const {
  validateArray, validateBoolean, validateInt32, validateObject, validateOneOf, validateString, validateStringArray,
  validateUint32, kValidateObjectAllowObjects,
} = require('internal/validators');

let codesCache;
function codes() {
  if (codesCache === undefined) codesCache = require('internal/errors').codes;
  return codesCache;
}

const kDefaultFilename = 'evalmachine.<anonymous>';
// Scripts whose import() calls are rewritten: the code to run in this
// context (JSC's own import() cannot load anything).
const importCodeOf = new WeakMap();

// `code` as it runs in this context: import() in it (or in what it evals,
// when its text has `import(`) goes to the ES module loader, as its
// importModuleDynamically option says (see the loader's entries.js).
function codeToRun(code, importModuleDynamically, filename) {
  if (!code.includes('import') || !/(^|[^.\w$])import\s*\(/.test(code)) return code;
  return require('internal/modules/esm/loader').rewriteScriptImport(code, importModuleDynamically, filename,
    constants.USE_MAIN_CONTEXT_DEFAULT_LOADER);
}

const constants = {
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
};

// contextified object -> the global object of its context. A context made
// with DONT_CONTEXTIFY maps its global to itself.
const contexts = new WeakMap();
// The reverse, for contextified objects: global object -> sandbox.
const sandboxOf = new WeakMap();
let contextCount = 0;

function isContext(object) {
  validateObject(object, 'object', kValidateObjectAllowObjects);
  return contexts.has(object);
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

function createContext(contextObject = {}, options = {}) {
  if (contextObject !== constants.DONT_CONTEXTIFY && isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const { name = `VM Context ${++contextCount}`, origin, codeGeneration, microtaskMode } = options;
  validateString(name, 'options.name');
  // Checked as node checks them; Jolt's contexts do not act on them (no
  // per-context eval switch or microtask queue in JSC's API).
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    const { strings, wasm } = codeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.codeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  if (contextObject === constants.DONT_CONTEXTIFY) {
    const global = contextify.makeContext(undefined, name);
    setUpGlobal(global);
    contexts.set(global, global);
    return global;
  }
  const global = contextify.makeContext(contextObject, name);
  setUpGlobal(global);
  contexts.set(contextObject, global);
  sandboxOf.set(global, contextObject);
  return contextObject;
}

// Errors made in the context get V8-shaped stacks and Node's frame limit,
// as in the main context; the toStringTag JSC gives the global is hidden
// (V8's context globals have none).
function setUpGlobal(global) {
  const fn = contextify.compileBuiltinIn(global, 'internal/bootstrap/error_stacks');
  const mod = { exports: {} };
  contextify.runBypassed(global, () => {
    fn(mod.exports, require, mod, process, internalBinding);
    mod.exports.install();
    contextStacks.set(global, mod.exports);
    Object.defineProperty(global, Symbol.toStringTag, {
      __proto__: null, value: undefined, writable: true, configurable: true,
    });
    if (builtinNames === undefined) builtinNames = new Set(Reflect.ownKeys(global));
  });
}

// The options of runIn*Context calls.
function runOptions(options) {
  if (options === undefined) return { displayErrors: true, timeout: 0 };
  validateObject(options, 'options');
  const { displayErrors = true, breakOnSigint = false, timeout } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  return { displayErrors, timeout: timeout === undefined ? 0 : timeout };
}

// Lets the fatal-error report show the failing line of a script that has
// no file (its lines shifted as the script's).
function rememberSource(script) {
  try {
    require('internal/process/execution').registerVirtualSource(
      script.filename, '\n'.repeat(script.lineOffset) + ' '.repeat(Math.max(0, script.columnOffset)) + script.code);
  } catch {
    // Only the report gets poorer.
  }
}

// JSC puts its position fields on the syntax errors its API reports;
// they stay readable (the fatal-error report uses them) but unlisted.
function hideEngineFields(err) {
  if (err === null || typeof err !== 'object') return;
  for (const field of ['line', 'column', 'sourceURL']) {
    const d = Object.getOwnPropertyDescriptor(err, field);
    if (d !== undefined && d.enumerable && d.configurable) Object.defineProperty(err, field, { enumerable: false });
  }
}

// Errors leaving a script run with displayErrors get, as in node, the
// failing source line and a caret in front of their stack, once.
const decorated = new WeakSet();
// A context's global -> its own error_stacks module (which holds the JSC
// stacks of errors made there).
const contextStacks = new WeakMap();
function decorateStack(err, global) {
  // Errors of another context are errors too (isNativeError spans realms).
  if (decorated.has(err) || !(require('internal/util/types').isNativeError(err) || err instanceof Error)) return;
  decorated.add(err);
  try {
    const raw = global === undefined ? undefined : contextStacks.get(global)?.rawStackOf(err);
    const execution = require('internal/process/execution');
    const context = execution.sourceContext(err, false, raw);
    if (context === '') return;
    // An engine error of another context still has JSC's frames.
    err.stack = `${context}${require('internal/errors_stack').formatStack(err)}`;
    execution.stackHasContext.add(err);
  } catch {
    // The stack stays as it was.
  }
}

function run(script, global, options) {
  const { displayErrors, timeout } = runOptions(options);
  try {
    return contextify.evaluate(global, script.code, script.filename, script.lineOffset, script.columnOffset, timeout);
  } catch (err) {
    if (displayErrors && err !== null && typeof err === 'object') {
      rememberSource(script);
      decorateStack(err, global);
    }
    throw err;
  } finally {
    if (global !== undefined) copyDefinedGlobals(global);
  }
}

// Own names of a fresh context's global: its builtins (the same in every
// context), which are not the program's.
let builtinNames;

// Object.defineProperty(globalThis, ...) in a context defines the property
// on the global object itself (JSC asks the global's class about gets, sets
// and deletes, not definitions): copy such properties to the sandbox, as
// Node's contexts define them there.
function copyDefinedGlobals(global) {
  const sandbox = sandboxOf.get(global);
  if (sandbox === undefined) return;
  contextify.runBypassed(global, () => {
    const keys = Reflect.ownKeys(global);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (typeof key !== 'string' || builtinNames.has(key)) continue;
      const mine = Reflect.getOwnPropertyDescriptor(global, key);
      const theirs = Reflect.getOwnPropertyDescriptor(sandbox, key);
      if (theirs !== undefined && ('value' in mine ? Object.is(theirs.value, mine.value) :
        theirs.get === mine.get && theirs.set === mine.set)) continue;
      try {
        Reflect.defineProperty(sandbox, key, mine);
      } catch {
        // A sandbox that refuses it (a Proxy trap throwing) keeps its own.
      }
    }
  });
}

// The base class Node's Script extends; the compiled code lives here.
class ContextifyScript {
  #source;

  constructor(source) {
    this.#source = source;
  }

  static sourceOf(script) {
    return script.#source;
  }

  createCachedData() {
    // JSC keeps its own bytecode cache; an empty buffer is valid input for
    // options.cachedData (it is then rejected, as stale data would be).
    const { Buffer } = require('buffer');
    return Buffer.alloc(0);
  }
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

// The "//# sourceURL=..." and "//# sourceMappingURL=..." comments of a
// script (also with "@"; the last one of each counts). Comments inside
// strings, templates and block comments do not count, so the code is
// walked token by token, roughly: regular expressions are told from
// division by the character before them.
function magicComments(code) {
  const found = { sourceURL: undefined, sourceMapURL: undefined };
  if (!code.includes('sourceMappingURL=') && !code.includes('sourceURL=')) return found;
  const n = code.length;
  let last = '';  // last significant character outside comments
  let i = 0;
  while (i < n) {
    const ch = code[i];
    const next = code[i + 1];
    if (ch === '/' && next === '/') {
      let end = code.indexOf('\n', i);
      if (end === -1) end = n;
      const m = /^[#@] (sourceURL|sourceMappingURL)=(\S+)\s*$/.exec(code.slice(i + 2, end));
      if (m !== null) found[m[1] === 'sourceURL' ? 'sourceURL' : 'sourceMapURL'] = m[2];
      i = end;
    } else if (ch === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (ch === '"' || ch === '\'' || ch === '`' || (ch === '/' && (last === '' || '(,=:[!&|?{};+-*%<>~^'.includes(last)))) {
      i = skipLiteral(code, i, ch);
      last = ch;
    } else {
      if (!/\s/.test(ch)) last = ch;
      i++;
    }
  }
  return found;
}

// Index after the string, template or regular expression opened at `start`
// by `quote` (strings and regular expressions also end at a line break).
function skipLiteral(code, start, quote) {
  let inClass = false;
  for (let i = start + 1; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '\n' && quote !== '`') {
      return i;
    } else if (quote === '/' && ch === '[') {
      inClass = true;
    } else if (quote === '/' && ch === ']') {
      inClass = false;
    } else if (ch === quote && !inClass) {
      return i + 1;
    }
  }
  return code.length;
}

class Script extends ContextifyScript {
  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = kDefaultFilename, lineOffset = 0, columnOffset = 0, cachedData, produceCachedData = false,
      importModuleDynamically,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options.cachedData', ['Buffer', 'TypedArray', 'DataView'],
        cachedData);
    }
    validateBoolean(produceCachedData, 'options.produceCachedData');
    const source = { code, filename, lineOffset, columnOffset };
    try {
      contextify.checkScript(code, filename, lineOffset);
    } catch (err) {
      rememberSource(source);
      hideEngineFields(err);
      throw err;
    }
    super(source);
    const runnable = codeToRun(code, importModuleDynamically, filename);
    if (runnable !== code) importCodeOf.set(this, runnable);
    const magic = magicComments(code);
    this.sourceURL = magic.sourceURL;
    this.sourceMapURL = magic.sourceMapURL;
    if (cachedData !== undefined) this.cachedDataRejected = true;
    if (produceCachedData) {
      this.cachedDataProduced = false;
    }
  }

  runInThisContext(options) {
    const source = ContextifyScript.sourceOf(this);
    const code = importCodeOf.get(this);
    return run(code === undefined ? source : { ...source, code }, undefined, options);
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    return run(ContextifyScript.sourceOf(this), contexts.get(contextifiedObject), options);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, contextOptions(options));
    return this.runInContext(context, options);
  }
}

// What runInNewContext passes on to createContext.
// runInNewContext's context* options, for createContext.
function contextOptions(options) {
  if (options === undefined || options === null || typeof options !== 'object') return {};
  const { contextName, contextOrigin, contextCodeGeneration, microtaskMode } = options;
  if (contextName !== undefined) validateString(contextName, 'options.contextName');
  if (contextOrigin !== undefined) validateString(contextOrigin, 'options.contextOrigin');
  if (contextCodeGeneration !== undefined) validateObject(contextCodeGeneration, 'options.contextCodeGeneration');
  if (microtaskMode !== undefined) validateString(microtaskMode, 'options.microtaskMode');
  return { name: contextName, origin: contextOrigin, codeGeneration: contextCodeGeneration, microtaskMode };
}

function scriptOptions(options) {
  return typeof options === 'string' ? { filename: options } : options;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  options = scriptOptions(options);
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  options = scriptOptions(options);
  contextObject = createContext(contextObject, contextOptions(options));
  return createScript(code, options).runInContext(contextObject, options);
}

function runInThisContext(code, options) {
  options = scriptOptions(options);
  return createScript(code, options).runInThisContext(options);
}

// A function with `params` whose body is `code`, compiled in the parsing
// context, with the properties of each contextExtensions object in scope.
function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params === undefined) params = [];
  validateStringArray(params, 'params');
  validateObject(options, 'options');
  const {
    filename = '', lineOffset = 0, columnOffset = 0, parsingContext, contextExtensions = [], importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(lineOffset, 'options.lineOffset');
  validateInt32(columnOffset, 'options.columnOffset');
  let global;
  if (parsingContext !== undefined) {
    if (parsingContext === null || typeof parsingContext !== 'object' || !contexts.has(parsingContext)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options.parsingContext', 'Context', parsingContext);
    }
    global = contexts.get(parsingContext);
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  for (let i = 0; i < contextExtensions.length; i++) {
    validateObject(contextExtensions[i], `options.contextExtensions[${i}]`, kValidateObjectAllowObjects);
  }
  // The header shares the body's first line, so line numbers are the body's.
  const head = `function (${params.join(', ')}) {`;
  const wrap = (body) => {
    if (contextExtensions.length === 0) return `(${head}${body}\n})`;
    let scopes = '';
    for (let i = 0; i < contextExtensions.length; i++) scopes += `with (__joltExtensions__[${i}]) `;
    return `(function (__joltExtensions__) { ${scopes}return ${head}${body}\n}; })`;
  };
  const source = wrap(code);
  let made;
  try {
    checkFunctionBody(code, params, source, filename, lineOffset);
    const runnable = global === undefined ? codeToRun(code, importModuleDynamically, filename) : code;
    made = contextify.evaluate(global, runnable === code ? source : wrap(runnable), filename, lineOffset, columnOffset, 0);
  } catch (err) {
    rememberSource({ code, filename, lineOffset, columnOffset });
    hideEngineFields(err);
    throw err;
  }
  return contextExtensions.length === 0 ? made : made(contextExtensions);
}

// The body must be a function body on its own: one that closes the
// function early ("}); stray(); (function () {") would otherwise run
// stray code when the wrapper is evaluated. The Function constructor
// parses parameters and body apart; it only compiles, nothing runs.
const FunctionConstructor = Function;
function checkFunctionBody(code, params, source, filename, lineOffset) {
  try {
    FunctionConstructor(...params, code);
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    // JSC's own message for the wrapped source where it has one; a body
    // that only fails on its own closes the function early.
    contextify.checkScript(source, filename, lineOffset);
    throw new SyntaxError('Unexpected token \'}\'');
  }
}

function measureMemory(options = {}) {
  validateObject(options, 'options');
  process.emitWarning('vm.measureMemory is an experimental feature and might change at any time',
    'ExperimentalWarning');
  const used = process.memoryUsage().heapUsed;
  return Promise.resolve({ total: { jsMemoryEstimate: used, jsMemoryRange: [used, used] } });
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
