'use strict';
// Uncaught exceptions and the fatal error report, as Node does them:
// 'uncaughtExceptionMonitor', then 'uncaughtException' listeners; with none,
// 'exit' (code 1), the report on stderr (source line, caret, stack) and exit.

const pm = internalBinding('process_methods');
const stdio = internalBinding('stdio');

// Sources of code that has no file ([eval], [stdin]) for the caret line.
const virtualSources = new Map();
function registerVirtualSource(name, source) { virtualSources.set(name, source); }

// Where module loaders placed a syntax or link error (JSC gives syntax
// errors no column): { url, line, column (0-based), width (of the caret,
// -1: no caret line), tight (no blank line after it) }.
const errorSites = new WeakMap();
function markErrorSite(err, site) { errorSites.set(err, site); }

let inFatal = false;

// process.setUncaughtExceptionCaptureCallback's function: when set, it gets
// uncaught exceptions instead of the 'uncaughtException' listeners.
let captureCallback = null;
function setCaptureCallback(fn) {
  if (fn !== null && captureCallback !== null) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  }
  captureCallback = fn;
}
const hasCaptureCallback = () => captureCallback !== null;

function triggerUncaughtException(err, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (!inFatal) {
    try {
      process.emit('uncaughtExceptionMonitor', err, type);
      if (captureCallback !== null) {
        captureCallback(err);
        return;
      }
      if (process.emit('uncaughtException', err, type)) return;
    } catch (handlerError) {
      // An exception thrown by the handler itself is fatal (exit code 7).
      inFatal = true;
      writeReport(handlerError, false);
      pm.reallyExit(7);
    }
  }
  inFatal = true;
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch {
    // An 'exit' listener failing must not hide the original error.
  }
  writeReport(err, fromPromise);
  const code = process.exitCode;
  pm.reallyExit(code === undefined || code === null ? 1 : +code | 0);
}

function writeReport(err, fromPromise) {
  let text;
  try {
    text = formatFatal(err, fromPromise);
  } catch (formatError) {
    text = `Uncaught ${safeString(err)}\n(while formatting: ${safeString(formatError)})\n`;
  }
  try {
    stdio.writeSync(2, text);
  } catch {
    // stderr is gone: nothing more to do.
  }
}

function safeString(v) {
  try { return String(v); } catch { return Object.prototype.toString.call(v); }
}

function isError(v) {
  return v !== null && typeof v === 'object' && (v instanceof Error ||
    Object.prototype.toString.call(v) === '[object Error]');
}

// Where an error arose: the first frame of its (JSC-format) stack that has a
// position, or, for a syntax error, the position JSC reports on it.
function errorPosition(err, rawStack) {
  if (err.name !== 'SyntaxError') {
    const raw = rawStack ?? require('internal/bootstrap/error_stacks').rawStackOf(err);
    if (typeof raw === 'string') {
      for (const frame of raw.split('\n')) {
        const m = /@(.+):(\d+):(\d+)$/.exec(frame);
        if (m !== null) return { url: m[1], line: +m[2], column: +m[3] };
      }
    }
  }
  if (typeof err.sourceURL === 'string' && typeof err.line === 'number') {
    return { url: err.sourceURL, line: err.line, column: typeof err.column === 'number' ? err.column : 0 };
  }
  return undefined;
}

// The source text of the file or virtual source at `url`, or undefined.
function sourceOf(url) {
  const source = virtualSources.get(url);
  if (source !== undefined) return source;
  const esModule = url.startsWith('file://');  // ES modules are named by URL
  if (!url.startsWith('/') && !esModule) return undefined;
  try {
    return internalBinding('fs').readFileUtf8(esModule ? decodeURIComponent(url.slice(7)) : url);
  } catch {
    return undefined;
  }
}

// The report's lines for an error a module loader placed.
function siteContext(site) {
  const source = sourceOf(site.url);
  if (source === undefined) return '';
  const text = source.split(/\r?\n/)[site.line - 1];
  if (text === undefined) return '';
  const caret = site.width < 0 ? '' : `${' '.repeat(site.column)}${'^'.repeat(site.width)}\n`;
  return `${site.url}:${site.line}\n${text}\n${caret}${site.tight ? '' : '\n'}`;
}

// Errors whose stack already starts with their source context (vm puts it
// there): the report does not repeat it.
const stackHasContext = new WeakSet();

// "file:line\nsource line\n   ^\n\n" for where the error arose (thrown,
// or `fromPromise`: a rejection). `rawStack`: the error's JSC-format stack
// when another context's error_stacks holds it (vm).
function sourceContext(err, fromPromise, rawStack = undefined) {
  if (!isError(err)) return '';
  const site = errorSites.get(err);
  if (site !== undefined) return siteContext(site);
  const pos = errorPosition(err, rawStack);
  if (pos === undefined) return '';
  const { url, line } = pos;
  const source = sourceOf(url);
  if (source === undefined) return '';
  const esModule = url.startsWith('file://');
  const text = source.split(/\r?\n/)[line - 1];
  if (text === undefined) return '';
  let column = pos.column;
  if (line === 1 && (esModule || !virtualSources.has(url))) {
    // Module code is compiled behind a one-line wrapper header.
    column -= esModule ? internalBinding('esm').headerLength : internalBinding('contextify').wrapperHeadLength;
  }
  column = require('internal/errors_stack').sourceColumn(url, line, column);
  // JSC points into the expression (at a call's parenthesis); a syntax
  // error has no column: point at the line's first non-blank character.
  let caretAt = column - 1;
  if (caretAt < 0 || caretAt > text.length || err.name === 'SyntaxError') caretAt = text.search(/\S|$/);
  // JSC places a call at its parenthesis; V8 at the `new` of `new X(`
  // (at the `throw` of `throw new X(` thrown by a script), else at the called
  // name (`f(`, `a.b.f(`).
  if (err.name !== 'SyntaxError' && text[caretAt] === '(') {
    const callee = /(throw\s+)?(new\s+)?(?:[A-Za-z_$][\w$]*\s*\.\s*)*([A-Za-z_$][\w$]*)\s*$/.exec(text.slice(0, caretAt));
    if (callee === null) {
      // Not a call of a name.
    } else if (callee[2] === undefined) {
      caretAt = text.lastIndexOf(callee[3], caretAt);
    } else {
      // (Node reports an ES module's error as a rejection of its evaluation.)
      caretAt = callee.index + (callee[1] !== undefined && (fromPromise || esModule) ? callee[1].length : 0);
    }
  }
  // A property read of null or undefined: JSC at the dot, V8 at the name.
  if (err.name === 'TypeError' && text[caretAt] === '.' && /is not an object \(evaluating '/.test(err.message)) {
    caretAt += 1;
  }
  // JSC places an unknown name's error after the name; V8 at its start.
  const unknown = err.name === 'ReferenceError' && /^(?:Can't find variable: (\S+)|(\S+) is not defined)/.exec(err.message);
  if (unknown) {
    const name = unknown[1] ?? unknown[2];
    if (text.slice(caretAt - name.length, caretAt) === name) caretAt -= name.length;
  }
  return `${url}:${line}\n${text}\n${' '.repeat(caretAt)}^\n\n`;
}

function formatFatal(err, fromPromise) {
  const footer = `\nNode.js ${process.version}\n`;
  const { inspect } = require('internal/util/inspect');
  if (fromPromise && !isError(err)) {
    const message = 'This error originated either by throwing inside of an async function without a catch ' +
      'block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the' +
      ` reason "${inspect(err)}".`;
    return `[UnhandledPromiseRejection: ${message}] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n${footer}`;
  }
  const context = stackHasContext.has(err) ? '' : sourceContext(err, fromPromise);
  const body = inspectEnhanced(err, inspect);
  return `${context}${body}\n${footer}`;
}

// Set by node:events on an error emitted as an unhandled 'error' event: a
// function giving the stack to report (with where the event was emitted).
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');

function inspectEnhanced(err, inspect) {
  const enhance = isError(err) ? err[kEnhanceStackBeforeInspector] : undefined;
  if (typeof enhance !== 'function') return inspect(err);
  const saved = Object.getOwnPropertyDescriptor(err, 'stack');
  try {
    Object.defineProperty(err, 'stack', {
      __proto__: null, value: enhance(), writable: true, configurable: true, enumerable: false,
    });
    return inspect(err);
  } catch {
    return inspect(err);
  } finally {
    if (saved !== undefined) Object.defineProperty(err, 'stack', saved);
    else delete err.stack;
  }
}

module.exports = {
  triggerUncaughtException, setCaptureCallback, hasCaptureCallback, registerVirtualSource, formatFatal, kEnhanceStackBeforeInspector, markErrorSite,
  sourceContext, stackHasContext,
};
