'use strict';
// node:util for Jolt. Formatting and inspection live in internal/util/format
// and internal/util/inspect; this file assembles the public surface and holds
// the small helpers that have no better home.

const helpers = require('internal/util');
const { format, formatWithOptions } = require('internal/util/format');
const debuglogModule = require('internal/util/debuglog');
const debuglog = debuglogModule.debuglog;

const getErrors = helpers.getLazy(() => require('internal/errors'));
const getValidators = helpers.getLazy(() => require('internal/validators'));
const getInspectModule = helpers.getLazy(() => require('internal/util/inspect'));
const types = helpers.getLazy(() => require('internal/util/types'));

function errorCode(name) {
  return getErrors().codes[name];
}

// ---- styleText ----------------------------------------------------------------

// A Node stream (or stream-like emitter) or a WHATWG stream.
function looksLikeStream(value) {
  if (value === null || typeof value !== 'object') return false;
  if (value._readableState !== undefined || value._writableState !== undefined) return true;
  if (typeof value.on === 'function' && (typeof value.write === 'function' || typeof value.pipe === 'function')) {
    return true;
  }
  return (typeof ReadableStream === 'function' && value instanceof ReadableStream) ||
    (typeof WritableStream === 'function' && value instanceof WritableStream);
}

// FORCE_COLOR decides when set; otherwise only a TTY gets colours, as many
// as it reports (its getColorDepth() reads NO_COLOR and friends itself).
function streamWantsColor(stream) {
  const forced = process.env.FORCE_COLOR;
  if (forced !== undefined) return !(forced === '0' || forced === 'false');
  if (!stream || !stream.isTTY) return false;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  return true;
}

// '#rgb' / '#rrggbb' -> [r, g, b], or null.
function parseHexColour(spec) {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(spec);
  if (m === null) return null;
  let digits = m[1];
  if (digits.length === 3) digits = digits.replace(/./g, '$&$&');
  return [0, 2, 4].map((at) => Number.parseInt(digits.slice(at, at + 2), 16));
}

// Resolve one style name to [openCode, closeCode] (numbers or strings).
function lookupStyle(name, palette) {
  if (typeof name === 'string' && name[0] === '#') {
    const rgb = parseHexColour(name);
    if (rgb !== null) return [`38;2;${rgb.join(';')}`, 39];
  }
  const pair = Object.prototype.hasOwnProperty.call(palette, name) ? palette[name] : undefined;
  if (pair === undefined) {
    const choices = Object.getOwnPropertyNames(palette).map((k) => `'${k}'`).join(', ');
    throw new (errorCode('ERR_INVALID_ARG_VALUE'))('format', name, `must be one of: ${choices}`);
  }
  return pair;
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  getValidators().validateString(text, 'text');
  getValidators().validateBoolean(validateStream, 'options.validateStream');

  let plain = false;
  if (validateStream) {
    if (!looksLikeStream(stream)) {
      throw new (errorCode('ERR_INVALID_ARG_TYPE'))(
        'stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    plain = !streamWantsColor(stream);
  }

  const palette = getInspectModule().inspect.colors;
  const styles = Array.isArray(format) ? format : [format];
  let before = '';
  let after = '';
  let body = text;
  for (const name of styles) {
    if (name === 'none') continue;
    const [open, close] = lookupStyle(name, palette);
    if (plain) continue;
    const openSeq = `\u001b[${open}m`;
    const closeSeq = `\u001b[${close}m`;
    before += openSeq;
    after = closeSeq + after;
    // Text that already ends this style inside (nested styleText output)
    // would switch it off for the rest of ours; turn it back on there.
    // Colour resets are simply replaced, attribute resets get a re-open.
    // A reset at the very end of the text is left alone.
    if (body.includes(closeSeq)) {
      const isColourReset = close === 39 || close === 49;
      const atEnd = body.endsWith(closeSeq);
      const inner = atEnd ? body.slice(0, -closeSeq.length) : body;
      body = inner.split(closeSeq).join(isColourReset ? openSeq : closeSeq + openSeq) + (atEnd ? closeSeq : '');
    }
  }
  return plain ? text : before + body + after;
}

// ---- inheritance / objects -------------------------------------------------------

// Legacy prototype wiring: child.prototype now inherits from
// parent.prototype and child.super_ points at parent.
function inherits(child, parent) {
  const BadType = errorCode('ERR_INVALID_ARG_TYPE');
  if (child == null) throw new BadType('ctor', 'Function', child);
  if (parent == null) throw new BadType('superCtor', 'Function', parent);
  const parentProto = parent.prototype;
  if (parentProto === undefined) throw new BadType('superCtor.prototype', 'Object', parentProto);
  Object.defineProperty(child, 'super_', {
    __proto__: null, value: parent, writable: true, configurable: true,
  });
  Object.setPrototypeOf(child.prototype, parentProto);
}

function shallowAssign(dest, src) {
  if (src === null || typeof src !== 'object') return dest;
  for (const key of Object.keys(src)) dest[key] = src[key];
  return dest;
}

// ---- callbackify ------------------------------------------------------------------

function callbackify(asyncFn) {
  getValidators().validateFunction(asyncFn, 'original');

  function callbackified(...params) {
    const callback = params.pop();
    getValidators().validateFunction(callback, 'last argument');
    const settle = (err, value) => process.nextTick(callback, err, value);
    Reflect.apply(asyncFn, this, params).then(
      (value) => settle(null, value),
      (reason) => {
        if (!reason) {
          // A falsy rejection reason would read as success to the callback.
          const wrapped = new (errorCode('ERR_FALSY_VALUE_REJECTION'))(reason);
          settle(wrapped);
        } else {
          settle(reason);
        }
      });
  }

  const descriptors = Object.getOwnPropertyDescriptors(asyncFn);
  if (typeof descriptors.length?.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name?.value === 'string') descriptors.name.value += 'Callbackified';
  for (const key of Reflect.ownKeys(descriptors)) {
    try {
      Object.defineProperty(callbackified, key, descriptors[key]);
    } catch {
      // e.g. a non-configurable property of the same name; keep ours.
    }
  }
  return callbackified;
}

// ---- system errors ----------------------------------------------------------------

// Re-take the stack so it starts at the caller of the public helper.
function trimConstructorFrames(err, above) {
  // (Callers must not tail-call this: JSC drops tail-called frames. If the
  // marker frame is gone anyway, keep the stack we had.)
  if (typeof Error.captureStackTrace !== 'function') return;
  const before = err.stack;
  Error.captureStackTrace(err, above);
  if (typeof err.stack !== 'string' || !err.stack.includes('\n')) err.stack = before;
}

function _errnoException(...parts) {
  const { ErrnoException } = getErrors();
  const err = new ErrnoException(...parts);
  trimConstructorFrames(err, _errnoException);
  return err;
}

function _exceptionWithHostPort(...parts) {
  const { ExceptionWithHostPort } = getErrors();
  const err = new ExceptionWithHostPort(...parts);
  trimConstructorFrames(err, _exceptionWithHostPort);
  return err;
}

// Linux numbering, in the order Node lists them.
const signalNumbers = {
  __proto__: null,
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6,
  SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12,
  SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18,
  SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
  SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29,
  SIGPWR: 30, SIGSYS: 31,
};

function signalToExitCode(signal) {
  const number = typeof signal === 'string' ? signalNumbers[signal] : undefined;
  if (number === undefined) {
    const names = Object.keys(signalNumbers).map((k) => `'${k}'`).join(', ');
    throw new (errorCode('ERR_INVALID_ARG_VALUE'))('signalCode', signal, `must be one of: ${names}`);
  }
  return 128 + number;
}

// ---- getCallSites -----------------------------------------------------------------

// "    at name (file:line:col)" or "    at file:line:col" -> call-site record.
function describeFrame(line) {
  let text = line.trim();
  if (text.startsWith('at ')) text = text.slice(3);
  let functionName = '';
  let location = text;
  const open = text.lastIndexOf(' (');
  if (open !== -1 && text.endsWith(')')) {
    functionName = text.slice(0, open);
    location = text.slice(open + 2, -1);
  }
  let lineNumber = 0;
  let column = 0;
  let scriptName = location;
  const tail = /:(\d+):(\d+)$/.exec(location);
  if (tail !== null) {
    scriptName = location.slice(0, tail.index);
    lineNumber = Number(tail[1]);
    column = Number(tail[2]);
  }
  return {
    __proto__: null,
    functionName,
    scriptId: '0',
    scriptName,
    lineNumber,
    columnNumber: column,
    column,
  };
}

function getCallSites(count = 10, opts) {
  // getCallSites(options) is accepted too.
  if (opts === undefined && count !== null && typeof count === 'object') {
    opts = count;
    count = 10;
  }
  if (opts !== undefined) {
    getValidators().validateObject(opts, 'options');
    if (opts.sourceMap !== undefined) getValidators().validateBoolean(opts.sourceMap, 'options.sourceMap');
  }
  getValidators().validateNumber(count, 'frameCount', 1, 200);
  const { currentStackFrames } = require('internal/errors_stack');
  // Skip this function's own frame.
  const frames = currentStackFrames(1);
  return frames.slice(0, count).map(describeFrame);
}

// ---- parseEnv ---------------------------------------------------------------------

function unquoteValue(raw, quote) {
  return quote === '"' ? raw.replace(/\\n/g, '\n') : raw;
}

function parseEnv(content) {
  getValidators().validateString(content, 'content');
  const result = {};
  const src = content.replace(/\r\n?/g, '\n');
  let pos = 0;
  while (pos < src.length) {
    let eol = src.indexOf('\n', pos);
    if (eol === -1) eol = src.length;
    const line = src.slice(pos, eol);
    const trimmed = line.trim();
    const eq = line.indexOf('=');
    if (trimmed === '' || trimmed[0] === '#' || eq === -1) {
      pos = eol + 1;
      continue;
    }
    let key = line.slice(0, eq).trim();
    if (key.startsWith('export ')) key = key.slice(7).trim();

    // Value starts after '=' and leading blanks on the same line.
    let start = pos + eq + 1;
    while (start < eol && (src[start] === ' ' || src[start] === '\t')) start++;
    const first = src[start];
    let value;
    let next = eol + 1;
    if (first === '"' || first === '\'' || first === '`') {
      const close = src.indexOf(first, start + 1);
      if (close !== -1) {
        value = unquoteValue(src.slice(start + 1, close), first);
        const after = src.indexOf('\n', close);
        next = after === -1 ? src.length : after + 1;
      } else {
        value = src.slice(start, eol).trim();
      }
    } else {
      value = src.slice(start, eol);
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      value = value.trim();
    }
    if (key !== '') result[key] = value;
    pos = next;
  }
  return result;
}

// ---- aborted ----------------------------------------------------------------------

async function aborted(signal, resource) {
  if (!require('internal/abort_controller').isAbortSignal(signal)) {
    // WebIDL's wording, as Node reports it.
    const err = new TypeError('signal is not of type AbortSignal.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  getValidators().validateObject(resource, 'resource', getValidators().kValidateObjectAllowObjects);
  // A promise (not undefined) so the caller settles on the same tick as Node.
  if (signal.aborted) return Promise.resolve();
  await new Promise((resolve) => {
    const { kHearsStoppedEvents } = require('internal/event_target');
    signal.addEventListener('abort', () => resolve(), { __proto__: null, once: true, [kHearsStoppedEvents]: true });
  });
}

// ---- export surface ---------------------------------------------------------------

function deprecate(fn, msg, code, { modifyPrototype = true } = {}) {
  return helpers.deprecate(fn, msg, code, undefined, modifyPrototype);
}

// `options`: { skipPrototype } (or a truthy value, read as skipPrototype).
function isDeepStrictEqual(a, b, options) {
  const skipPrototype = options !== null && typeof options === 'object' ?
    Boolean(options.skipPrototype) : Boolean(options);
  return require('internal/util/comparisons').isDeepStrictEqual(a, b, skipPrototype);
}

// Keeps a rejection of `promise` from being reported as unhandled.
function markPromiseAsHandled(promise) {
  if (!types().isPromise(promise)) return;
  Promise.prototype.then.call(promise, undefined, () => {});
}

// util.diff(): the Myers edit script of two strings (per character) or two
// string arrays, as [op, value] pairs: 0 kept, 1 only in actual, -1 only in
// expected.
function diff(actual, expected) {
  if (actual === expected) return [];
  const toList = (value, name) => {
    if (!Array.isArray(value)) {
      getValidators().validateString(value, name);
      return value.split('');
    }
    for (let i = 0; i < value.length; i++) getValidators().validateString(value[i], `${name}[${i}]`);
    return value;
  };
  const a = toList(actual, 'actual');
  const b = toList(expected, 'expected');
  if (a.length === b.length && a.every((item, i) => item === b[i])) return [];
  const opCodes = { __proto__: null, ' ': 0, '+': 1, '-': -1 };
  return require('internal/assert/diff').editScript(a, b, false).map(([op, value]) => [opCodes[op], value]);
}

function toUSVString(input) {
  return helpers.toUSVString(input);
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: helpers.deprecate(shallowAssign,
    'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  callbackify,
  convertProcessSignalToExitCode: signalToExitCode,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap: helpers.getSystemErrorMap,
  getSystemErrorName: helpers.getSystemErrorName,
  getSystemErrorMessage: helpers.getSystemErrorMessage,
  inherits,
  inspect: undefined,
  isArray: helpers.deprecate(Array.isArray,
    'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044'),
  isDeepStrictEqual,
  markPromiseAsHandled,
  promisify: helpers.promisify,
  stripVTControlCharacters: undefined,
  toUSVString,
  transferableAbortSignal: undefined,
  transferableAbortController: undefined,
  aborted,
  types: undefined,
  parseEnv,
};

// The placeholders above fix the key order; these fill them in on first read
// and then settle into plain data properties.
function settleOnFirstUse(name, produce) {
  const settle = (value) => {
    Object.defineProperty(module.exports, name, {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
    return value;
  };
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      return settle(produce());
    },
    set: settle,
  });
}

settleOnFirstUse('inspect', () => getInspectModule().inspect);
settleOnFirstUse('stripVTControlCharacters', () => getInspectModule().stripVTControlCharacters);
settleOnFirstUse('transferableAbortSignal', () => function transferableAbortSignal(signal) {
  getValidators().validateAbortSignal(signal, 'signal');
  return require('internal/abort_controller').makeTransferable(signal);
});
settleOnFirstUse('transferableAbortController', () => function transferableAbortController() {
  const controller = new AbortController();
  require('internal/abort_controller').makeTransferable(controller.signal);
  return controller;
});
settleOnFirstUse('types', () => require('internal/util/types'));
settleOnFirstUse('parseArgs', () => require('internal/util/parse_args').parseArgs);
settleOnFirstUse('TextDecoder', () => globalThis.TextDecoder);
settleOnFirstUse('TextEncoder', () => globalThis.TextEncoder);
settleOnFirstUse('MIMEType', () => require('internal/mime').MIMEType);
settleOnFirstUse('MIMEParams', () => require('internal/mime').MIMEParams);
settleOnFirstUse('diff', () => diff);
