'use strict';
// util.inspect for Jolt.
//
// The printer walks a value and builds, for every object, a list of entry
// strings plus an opening/closing bracket and an optional "head" (class
// prefix, error stack, function label, ...). `joinEntries` then decides
// whether that list fits on one line, gets packed into aligned columns
// (long arrays of short items) or is printed one entry per line. The output
// is meant to be the same text Node 24 prints.
//
// Things plain JS cannot observe come from internalBinding('util') when the
// runtime offers them:
//   getProxyDetails(value)  -> [target, handler] | undefined (null if revoked)
//   getPromiseState(p)      -> { state: 0 | 1 | 2, result } | [state, result]
// When absent, proxies print as their target, promises as
// `Promise { <pending> }`, and weak collections / collection iterators as
// `{ <items unknown> }`.

const {
  inspectDefaultOptions,
  formatNumber,
  formatBigInt,
  formatWithOptionsInternal,
  format,
  formatWithOptions,
  stylizeNoColor,
} = require('internal/util/format');
const types = require('internal/util/types');
const { formatStack } = require('internal/errors_stack');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerableOwn = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);
const fnSource = (fn) => Function.prototype.toString.call(fn);

// How the entries of a list are laid out.
const LAYOUT_PROPS = 0; // `key: value` entries of an object
const LAYOUT_ITEMS = 1; // bare items of an array-like; extra keys follow

const kNoFields = Object.freeze([]);

// ---------------------------------------------------------------------------
// Runtime hooks

let nativeUtil;
function nativeHooks() {
  if (nativeUtil === undefined) {
    nativeUtil = null;
    try {
      if (typeof internalBinding === 'function') nativeUtil = internalBinding('util') || null;
    } catch {
      nativeUtil = null;
    }
  }
  return nativeUtil;
}

let proxyDetails; // the native getProxyDetails, looked up once (null: none)

// undefined: not a proxy; null: revoked; otherwise [target, handler].
function proxyParts(value) {
  // (Module namespaces are Proxies in Jolt, but none in node.)
  if (value === globalThis || types.isModuleNamespaceObject(value)) return undefined;
  if (proxyDetails === undefined) {
    const hooks = nativeHooks();
    proxyDetails = hooks !== null && typeof hooks.getProxyDetails === 'function' ? hooks.getProxyDetails : null;
  }
  if (proxyDetails === null) return undefined;
  const parts = proxyDetails(value);
  if (parts === null) return null;
  if (parts === undefined) return undefined;
  if (!Array.isArray(parts)) return [parts, null];
  return parts;
}

// { state, result } or undefined when unknown.
function promiseInfo(promise) {
  const hooks = nativeHooks();
  if (hooks === null || typeof hooks.getPromiseState !== 'function') return undefined;
  const info = hooks.getPromiseState(promise);
  if (info === undefined || info === null) return undefined;
  if (Array.isArray(info)) return { state: info[0], result: info[1] };
  return info;
}

// ---------------------------------------------------------------------------
// Colors

const ansiPairs = {
  __proto__: null,
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24],
  blink: [5, 25], inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39],
  magenta: [35, 39], cyan: [36, 39], white: [37, 39],
  bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
  bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
  framed: [51, 54], overlined: [53, 55],
  gray: [90, 39], redBright: [91, 39], greenBright: [92, 39], yellowBright: [93, 39],
  blueBright: [94, 39], magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39],
  bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49],
  bgYellowBright: [103, 49], bgBlueBright: [104, 49], bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
};

// Alternative spellings: hidden accessors onto the canonical entry.
const colorAliases = [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
  ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
  ['doubleUnderline', 'doubleunderline'],
];
for (const [alias, canonical] of colorAliases) {
  Object.defineProperty(ansiPairs, alias, {
    get() { return this[canonical]; },
    set(v) { this[canonical] = v; },
    configurable: true,
    enumerable: false,
  });
}

const styleOfKind = {
  __proto__: null,
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
};

function stylizeWithColor(text, kind) {
  const styleName = inspect.styles[kind];
  if (styleName === undefined) return text;
  const pair = inspect.colors[styleName];
  if (pair === undefined) return text;
  return `\u001b[${pair[0]}m${text}\u001b[${pair[1]}m`;
}

// ---------------------------------------------------------------------------
// Terminal text helpers

// CSI sequences, OSC sequences (ended by BEL or ST) and two-byte escapes.
const vtControlPattern = new RegExp(
  '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]' +
  '|(?:\\u001b\\]|\\u009d)[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)' +
  '|\\u001b[@-Z\\\\-_]', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  return str.replace(vtControlPattern, '');
}

function removeColors(str) {
  return String(str).replace(vtControlPattern, '');
}

// [first, last] code point ranges that occupy two terminal columns.
const doubleWidthRanges = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0],
  [0x23f3, 0x23f3], [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f],
  [0x2693, 0x2693], [0x26a1, 0x26a1], [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5],
  [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea], [0x26f2, 0x26f3], [0x26f5, 0x26f5],
  [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b], [0x2728, 0x2728],
  [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55],
  [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f],
  [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4], [0x17000, 0x18cff], [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a],
  [0x1f200, 0x1f202], [0x1f210, 0x1f23b], [0x1f240, 0x1f248], [0x1f250, 0x1f251],
  [0x1f260, 0x1f265], [0x1f300, 0x1f320], [0x1f32d, 0x1f335], [0x1f337, 0x1f37c],
  [0x1f37e, 0x1f393], [0x1f3a0, 0x1f3ca], [0x1f3cf, 0x1f3d3], [0x1f3e0, 0x1f3f0],
  [0x1f3f4, 0x1f3f4], [0x1f3f8, 0x1f43e], [0x1f440, 0x1f440], [0x1f442, 0x1f4fc],
  [0x1f4ff, 0x1f53d], [0x1f54b, 0x1f54e], [0x1f550, 0x1f567], [0x1f57a, 0x1f57a],
  [0x1f595, 0x1f596], [0x1f5a4, 0x1f5a4], [0x1f5fb, 0x1f64f], [0x1f680, 0x1f6c5],
  [0x1f6cc, 0x1f6cc], [0x1f6d0, 0x1f6d2], [0x1f6d5, 0x1f6d7], [0x1f6eb, 0x1f6ec],
  [0x1f6f4, 0x1f6fc], [0x1f7e0, 0x1f7eb], [0x1f90c, 0x1f93a], [0x1f93c, 0x1f945],
  [0x1f947, 0x1f9ff], [0x1fa70, 0x1faff], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

function isDoubleWidth(cp) {
  if (cp < 0x1100) return false;
  let lo = 0;
  let hi = doubleWidthRanges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = doubleWidthRanges[mid];
    if (cp < range[0]) hi = mid - 1;
    else if (cp > range[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

function isZeroWidthCodePoint(cp) {
  return cp <= 0x1f ||
    (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xfe20 && cp <= 0xfe2f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef);
}

const printableAscii = /^[\x20-\x7e]*$/;

// Columns a string takes in a terminal.
function getStringWidth(str, removeControlChars = true) {
  str = String(str);
  if (removeControlChars) str = str.replace(vtControlPattern, '');
  if (printableAscii.test(str)) return str.length;
  let columns = 0;
  for (const ch of str.normalize('NFC')) {
    const cp = ch.codePointAt(0);
    if (isDoubleWidth(cp)) columns += 2;
    else if (!isZeroWidthCodePoint(cp)) columns++;
  }
  return columns;
}

// ---------------------------------------------------------------------------
// Strings and keys

// A key printed without quotes: an ASCII letter or '_', then letters,
// digits or '_'. (A loop: cheaper than a regex on short keys.)
function isPlainKey(key) {
  const length = key.length;
  if (length === 0) return false;
  for (let n = 0; n < length; n++) {
    const code = key.charCodeAt(n) | 0x20; // folds A-Z onto a-z
    if (code >= 0x61 && code <= 0x7a) continue;
    const raw = key.charCodeAt(n);
    if (raw === 0x5f || (n !== 0 && raw >= 0x30 && raw <= 0x39)) continue;
    return false;
  }
  return true;
}
const namedEscapes = { __proto__: null, 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r' };

function hex2(code) {
  return code.toString(16).toUpperCase().padStart(2, '0');
}

function pickQuote(str) {
  if (!str.includes("'")) return "'";
  if (!str.includes('"')) return '"';
  if (!str.includes('`') && !str.includes('${')) return '`';
  return "'";
}

// Quotes `str` the way Node shows string literals.
// Characters that strEscape must look at: controls, quotes, backslash,
// surrogates. Most strings have none and are simply wrapped in quotes.
const needsEscapePattern = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;

function needsEscape(str) {
  if (str.length > 64) return needsEscapePattern.test(str);
  for (let n = 0; n < str.length; n++) {
    const code = str.charCodeAt(n);
    if (code < 0x20 || code === 0x27 || code === 0x5c) return true;
    if (code >= 0x7f && (code <= 0x9f || (code >= 0xd800 && code <= 0xdfff))) return true;
  }
  return false;
}

function strEscape(str, forcedQuote) {
  if (!needsEscape(str)) return `'${str}'`;
  const quote = forcedQuote === undefined ? pickQuote(str) : forcedQuote;
  const quoteCode = quote.charCodeAt(0);
  let out = '';
  let copied = 0;
  for (let n = 0; n < str.length; n++) {
    const code = str.charCodeAt(n);
    let replacement;
    if (code === quoteCode || code === 92) {
      replacement = `\\${str[n]}`;
    } else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
      replacement = namedEscapes[code] || `\\x${hex2(code)}`;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const isLead = code <= 0xdbff;
      const next = str.charCodeAt(n + 1);
      if (isLead && next >= 0xdc00 && next <= 0xdfff) {
        n++;
        continue;
      }
      replacement = `\\u${code.toString(16)}`;
    } else {
      continue;
    }
    out += str.slice(copied, n) + replacement;
    copied = n + 1;
  }
  if (copied === 0) return quote + str + quote;
  return quote + out + str.slice(copied) + quote;
}

function formatKey(state, key, enumerable) {
  if (typeof key === 'symbol') {
    // The description is escaped like a single-quoted string's contents.
    const text = state.stylize(strEscape(String(key), "'").slice(1, -1), 'symbol');
    return enumerable ? text : `[${text}]`;
  }
  if (key === '__proto__') return "['__proto__']";
  if (!enumerable) return `[${key}]`;
  if (isPlainKey(key)) return state.stylize(key, 'name');
  return state.stylize(strEscape(key), 'string');
}

// ---------------------------------------------------------------------------
// Primitives

function formatString(state, str, stylize) {
  let tail = '';
  if (str.length > state.maxStringLength) {
    const cut = str.length - state.maxStringLength;
    str = str.slice(0, state.maxStringLength);
    tail = `... ${cut} more character${cut > 1 ? 's' : ''}`;
  }
  const room = state.breakLength - state.indent - 4;
  if (state.compact !== true && str.length > 16 && str.length > room) {
    // Break after each newline; pieces are joined with ` +`.
    const pieces = str.split(/(?<=\n)/);
    if (pieces.length > 1) {
      const glue = ` +\n${' '.repeat(state.indent + 2)}`;
      state.mayBreak = true;
      return pieces.map((piece) => stylize(strEscape(piece), 'string')).join(glue) + tail;
    }
  }
  return stylize(strEscape(str), 'string') + tail;
}

function formatPrimitive(stylize, value, state) {
  switch (typeof value) {
    case 'string':
      return formatString(state, value, stylize);
    case 'number':
      return formatNumber(stylize, value, state.numericSeparator);
    case 'bigint':
      return formatBigInt(stylize, value, state.numericSeparator);
    case 'boolean':
      return stylize(`${value}`, 'boolean');
    case 'undefined':
      return stylize('undefined', 'undefined');
    default:
      // (A symbol's description is shown unescaped.)
      state.mayBreak = true;
      return stylize(String(value), 'symbol');
  }
}

// ---------------------------------------------------------------------------
// Describing objects

function safeGet(obj, key) {
  try {
    return obj[key];
  } catch {
    return undefined;
  }
}

function isInstance(obj, ctor) {
  try {
    return obj instanceof ctor;
  } catch {
    return false;
  }
}

// Name of the nearest constructor in the prototype chain; null for objects
// without a prototype.
function constructorNameOf(obj, state) {
  let proto;
  try {
    proto = Object.getPrototypeOf(obj);
  } catch {
    return 'Object';
  }
  // Fast path: plain objects and arrays straight off the built-in prototypes.
  if ((proto === Object.prototype || proto === Array.prototype) && !hasOwn(obj, 'constructor')) {
    const ctor = proto.constructor;
    if (ctor === Object) return 'Object';
    if (ctor === Array) return 'Array';
  }
  const firstProto = proto;
  let holder = obj;
  while (holder !== null && holder !== undefined) {
    const desc = Object.getOwnPropertyDescriptor(holder, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' &&
        desc.value.name !== '' && isInstance(obj, desc.value)) {
      return String(desc.value.name);
    }
    holder = holder === obj ? proto : Object.getPrototypeOf(holder);
  }
  if (firstProto === null) return null;
  // Nothing named on the chain: describe the first prototype instead.
  const fallback = typeof obj === 'function' ? 'Function' : (Array.isArray(obj) ? 'Array' : 'Object');
  if (state.depth !== null && state.lastDepth > state.depth) return `${fallback} <Complex prototype>`;
  const inner = inspect(firstProto, { ...state, customInspect: false, depth: -1 });
  return `${fallback} <${inner}>`;
}

function toStringTagOf(value, state) {
  const tag = safeGet(value, Symbol.toStringTag);
  if (typeof tag !== 'string' || tag === '') return '';
  const shownAsKey = state.showHidden ? hasOwn(value, Symbol.toStringTag) : isEnumerableOwn(value, Symbol.toStringTag);
  return shownAsKey ? '' : tag;
}

// "Foo ", "Foo(3) ", "Foo [Tag] ", "[Map(2): null prototype] ".
function prefixFor(ctor, tag, fallback, size = '') {
  if (ctor === null) {
    const head = `[${fallback}${size}: null prototype]`;
    return tag !== '' && tag !== fallback ? `${head} [${tag}] ` : `${head} `;
  }
  if (tag !== '' && tag !== ctor) return `${ctor}${size} [${tag}] `;
  return `${ctor}${size} `;
}

function isIndexKey(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  // Canonical decimal digits only: no sign, no leading zero.
  if (key.charCodeAt(0) === 0x30) return key.length === 1;
  for (let n = 0; n < key.length; n++) {
    const code = key.charCodeAt(n);
    if (code < 0x30 || code > 0x39) return false;
  }
  return Number(key) < 4294967295;
}

function ownKeys(value, showHidden, dropIndices) {
  let keys;
  if (types.isModuleNamespaceObject(value)) {
    // Every export is enumerable; their descriptors would throw for an
    // uninitialised binding.
    keys = Reflect.ownKeys(value);
    return showHidden ? keys : keys.filter((key) => typeof key === 'string');
  }
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    const symbols = Object.getOwnPropertySymbols(value);
    if (symbols.length !== 0) keys = keys.concat(symbols);
  } else {
    try {
      keys = Object.keys(value);
    } catch {
      keys = [];
    }
    const symbols = Object.getOwnPropertySymbols(value);
    for (let n = 0; n < symbols.length; n++) {
      if (isEnumerableOwn(value, symbols[n])) keys.push(symbols[n]);
    }
  }
  if (dropIndices) {
    // Own index keys always come first, in ascending order: keep the tail
    // after the last one.
    let cut = keys.length;
    while (cut > 0 && !isIndexKey(keys[cut - 1])) cut--;
    if (cut !== 0) keys = keys.slice(cut);
  }
  return keys;
}

function isError(value) {
  return types.isNativeError(value) || isInstance(value, Error);
}

// ---------------------------------------------------------------------------
// Functions

function looksLikeClass(fn) {
  let src;
  try {
    src = fnSource(fn);
  } catch {
    return false;
  }
  // (A method named `class` reads "class () {}".)
  return src.startsWith('class') && /^class(?:\s+[^\s(]|\s*\{)/.test(src) && src.endsWith('}');
}

function classLabel(fn, ctor, tag) {
  const ownName = hasOwn(fn, 'name') ? safeGet(fn, 'name') : '';
  let label = `class ${ownName || '(anonymous)'}`;
  if (ctor !== 'Function' && ctor !== null) label += ` [${ctor}]`;
  if (tag !== '' && tag !== ctor) label += ` [${tag}]`;
  if (ctor === null) {
    label += ' extends [null prototype]';
  } else {
    const parent = Object.getPrototypeOf(fn);
    const parentName = parent === null ? '' : safeGet(parent, 'name');
    if (parentName) label += ` extends ${parentName}`;
  }
  return `[${label}]`;
}

function functionLabel(fn, ctor, tag) {
  if (looksLikeClass(fn)) return classLabel(fn, ctor, tag);
  let kind = 'Function';
  if (types.isGeneratorFunction(fn)) kind = 'GeneratorFunction';
  if (types.isAsyncFunction(fn)) kind = `Async${kind}`;
  let name = safeGet(fn, 'name');
  // A redefined non-string name still shows (Node prints `[Function: 5]`).
  if (typeof name === 'number' || typeof name === 'boolean' || typeof name === 'bigint') name = String(name);
  let label = `[${kind}`;
  if (ctor === null) label += ' (null prototype)';
  label += name === '' || typeof name !== 'string' ? ' (anonymous)' : `: ${name}`;
  label += ']';
  if (ctor !== kind && ctor !== null) label += ` ${ctor}`;
  if (tag !== '' && tag !== ctor) label += ` [${tag}]`;
  return label;
}

// ---------------------------------------------------------------------------
// Errors

function rawStackOf(err) {
  let stack;
  try {
    stack = formatStack(err);
  } catch {
    stack = undefined;
  }
  if (typeof stack === 'string' && stack !== '') return stack;
  try {
    return Error.prototype.toString.call(err);
  } catch {
    return 'Error';
  }
}

// Adds the class name when the stack header does not show it, e.g. for
// subclasses that keep name 'Error' or errors without a prototype.
function adjustStackHeader(stack, ctor, name, tag) {
  let headLen = name.length;
  const namedLikeHeader = name.endsWith('Error') && stack.startsWith(name) &&
    (stack.length === headLen || stack[headLen] === ':' || stack[headLen] === '\n');
  if (ctor !== null && !namedLikeHeader) return stack;
  let fallback = 'Error';
  if (ctor === null) {
    const m = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
      /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    const found = m === null ? '' : m[1];
    headLen = found.length;
    fallback = found || 'Error';
  }
  const label = prefixFor(ctor, tag, fallback).slice(0, -1);
  if (label === name) return stack;
  if (label.includes(name)) {
    return headLen === 0 ? `${label}: ${stack}` : label + stack.slice(headLen);
  }
  return `${label} [${name}]${stack.slice(headLen)}`;
}

// Longest run (>= 4 lines) shared by two frame lists: { len, offset }.
function identicalSequenceRange(a, b) {
  for (let start = 0; start < a.length - 3; start++) {
    const at = b.indexOf(a[start]);
    if (at === -1) continue;
    const rest = b.length - at;
    if (rest <= 3) continue;
    const limit = Math.min(a.length - start, rest);
    let run = 1;
    while (run < limit && a[start + run] === b[at + run]) run++;
    if (run > 3) return { len: run, offset: start };
  }
  return { len: 0, offset: 0 };
}

function shortenAgainstCause(state, err, lines) {
  const cause = safeGet(err, 'cause');
  if (!isError(cause)) return lines;
  const causeStack = rawStackOf(cause);
  const firstFrame = causeStack.indexOf('\n    at');
  if (firstFrame === -1) return lines;
  const causeLines = causeStack.slice(firstFrame + 1).split('\n');
  const { len, offset } = identicalSequenceRange(lines, causeLines);
  if (len === 0) return lines;
  const hidden = len - 2;
  const note = state.stylize(`    ... ${hidden} lines matching cause stack trace ...`, 'undefined');
  lines.splice(offset + 1, hidden, note);
  return lines;
}

// Recursion shows up as the same block of frames over and over: keep the
// first copy and replace the others with one summary line. Only done when
// the repeated block spans at least ten lines.
function collapseRepeats(lines) {
  for (let start = 1; start < lines.length; start++) {
    for (let period = 1; start + period * 2 <= lines.length; period++) {
      let copies = 1;
      for (;;) {
        const from = start + copies * period;
        if (from + period > lines.length) break;
        let same = true;
        for (let k = 0; k < period; k++) {
          if (lines[from + k] !== lines[start + k]) {
            same = false;
            break;
          }
        }
        if (!same) break;
        copies++;
      }
      if (copies < 2 || copies * period < 10) continue;
      const extra = copies - 1;
      const hidden = extra * period;
      const note = extra === 1 ?
        `    ... collapsed ${hidden} duplicate lines matching above lines ...` :
        `    ... collapsed ${hidden} duplicate lines matching above ${period} lines ${extra} times...`;
      const head = lines.slice(0, start + period);
      return head.concat(note, lines.slice(start + copies * period));
    }
  }
  return lines;
}

function colorFrames(state, lines) {
  return lines.map((line) => {
    if (!/^\s+at /.test(line)) return line;
    if (/\(node:|^\s+at node:/.test(line)) return state.stylize(line, 'undefined');
    return line.replace(/node_modules([\\/])([^\\/]+)/g,
                        (all, sep, pkg) => `node_modules${sep}${state.stylize(pkg, 'module')}`);
  });
}

function describeError(state, err, ctor, tag, keys) {
  const rawName = safeGet(err, 'name');
  const name = rawName != null ? String(rawName) : 'Error';
  let stack = rawStackOf(err);

  // JSC's own bookkeeping fields on error objects are not shown.
  for (const field of ['line', 'column', 'sourceURL']) {
    const at = keys.indexOf(field);
    if (at !== -1 && !isEnumerableOwn(err, field)) keys.splice(at, 1);
  }
  if (!state.showHidden && keys.length !== 0) {
    for (const field of ['name', 'message', 'stack']) {
      const at = keys.indexOf(field);
      if (at === -1) continue;
      const fieldValue = safeGet(err, field);
      if (typeof fieldValue !== 'string' || stack.includes(fieldValue)) keys.splice(at, 1);
    }
  }
  // V8 creates `stack` before `message`; JSC the other way round.
  const stackAt = keys.indexOf('stack');
  const messageAt = keys.indexOf('message');
  if (stackAt > messageAt && messageAt !== -1) {
    keys.splice(stackAt, 1);
    keys.splice(messageAt, 0, 'stack');
  }
  if ('cause' in err && !keys.includes('cause')) keys.push('cause');
  if (Array.isArray(safeGet(err, 'errors')) && !keys.includes('errors')) keys.push('errors');

  stack = adjustStackHeader(stack, ctor, name, tag);

  const frameStart = stack.indexOf('\n    at');
  if (frameStart === -1) {
    stack = `[${stack}]`;
  } else {
    let lines = collapseRepeats(shortenAgainstCause(state, err, stack.split('\n')));
    if (state.colors) lines = colorFrames(state, lines);
    stack = lines.join('\n');
  }
  if (state.indent !== 0) {
    stack = stack.split('\n').join(`\n${' '.repeat(state.indent)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------
// Entry producers (one per kind of container)

function moreItems(count) {
  return `... ${count} more item${count > 1 ? 's' : ''}`;
}

function holeText(state, count) {
  return state.stylize(`<${count} empty item${count > 1 ? 's' : ''}>`, 'undefined');
}

// Index property names as strings, made once: a number key would be turned
// into a new string by every property lookup.
const indexKeys = [];
function indexKey(index) {
  if (index >= 1024) return `${index}`;
  let key = indexKeys[index];
  if (key === undefined) {
    for (let n = indexKeys.length; n <= index; n++) indexKeys.push(`${n}`);
    key = indexKeys[index];
  }
  return key;
}

function arrayEntries(state, arr, level) {
  const length = arr.length;
  const cap = Math.max(0, state.maxArrayLength);
  const out = [];
  let index = 0;
  while (index < length && out.length < cap && hasOwn(arr, indexKey(index))) {
    out.push(ownEntry(state, arr, level, indexKey(index), LAYOUT_ITEMS, true));
    index++;
  }
  if (index < length && out.length < cap) {
    // Sparse: walk the own indices in ascending order.
    for (const key of Object.keys(arr)) {
      if (out.length >= cap) break;
      if (!isIndexKey(key)) continue;
      const at = Number(key);
      if (at < index) continue;
      if (at > index) {
        out.push(holeText(state, at - index));
        index = at;
        if (out.length >= cap) break;
      }
      out.push(ownEntry(state, arr, level, at, LAYOUT_ITEMS, true));
      index = at + 1;
    }
    if (out.length < cap && index < length) {
      out.push(holeText(state, length - index));
      index = length;
    }
  }
  if (index < length) out.push(moreItems(length - index));
  return out;
}

const typedArrayLength = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), 'length').get;

function typedArrayEntries(state, view, level) {
  // The intrinsic length: an own `length` property may say anything.
  const length = typedArrayLength.call(view);
  const shown = Math.min(Math.max(0, state.maxArrayLength), length);
  const out = new Array(shown);
  const isBig = typeof view[0] === 'bigint';
  for (let n = 0; n < shown; n++) {
    out[n] = isBig ? formatBigInt(state.stylize, view[n], state.numericSeparator) :
      formatNumber(state.stylize, view[n], state.numericSeparator);
  }
  if (length > shown) out.push(moreItems(length - shown));
  if (state.showHidden) {
    state.indent += 2;
    for (const field of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      out.push(`[${field}]: ${formatValue(state, view[field], level, true)}`);
    }
    state.indent -= 2;
  }
  return out;
}

function bufferContents(state, buffer) {
  let bytes;
  try {
    bytes = new Uint8Array(buffer);
  } catch {
    return [state.stylize('(detached)', 'special')];
  }
  const shown = Math.min(Math.max(0, state.maxArrayLength), bytes.length);
  let hex = '';
  for (let n = 0; n < shown; n++) hex += (n === 0 ? '' : ' ') + hex2(bytes[n]).toLowerCase();
  const rest = bytes.length - shown;
  if (rest > 0) hex += ` ... ${rest} more byte${rest > 1 ? 's' : ''}`;
  return [`${state.stylize('[Uint8Contents]', 'special')}: <${hex}>`];
}

function setEntries(state, set, level) {
  const out = [];
  const cap = Math.max(0, state.maxArrayLength);
  const size = set.size;
  state.indent += 2;
  for (const item of Set.prototype.values.call(set)) {
    if (out.length >= cap) break;
    out.push(formatValue(state, item, level));
  }
  state.indent -= 2;
  if (size > out.length) out.push(moreItems(size - out.length));
  return out;
}

function mapEntries(state, map, level) {
  const out = [];
  const cap = Math.max(0, state.maxArrayLength);
  const size = map.size;
  state.indent += 2;
  for (const [k, v] of Map.prototype.entries.call(map)) {
    if (out.length >= cap) break;
    out.push(`${formatValue(state, k, level)} => ${formatValue(state, v, level)}`);
  }
  state.indent -= 2;
  if (size > out.length) out.push(moreItems(size - out.length));
  return out;
}

function promiseEntries(state, promise, level) {
  const info = promiseInfo(promise);
  if (info === undefined || info.state === 0) return [state.stylize('<pending>', 'special')];
  state.indent += 2;
  const shown = formatValue(state, info.result, level);
  state.indent -= 2;
  return [info.state === 2 ? `${state.stylize('<rejected>', 'special')} ${shown}` : shown];
}

function unknownEntries(state) {
  return [state.stylize('<items unknown>', 'special')];
}

function noEntries() {
  return [];
}

// ---------------------------------------------------------------------------
// Properties

function getterText(state, desc, owner, level) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const mode = state.getters;
  const wanted = mode === true || (mode === 'get' && desc.set === undefined) ||
    (mode === 'set' && desc.set !== undefined);
  if (!mode || !wanted) return state.stylize(`[${label}]`, 'special');
  try {
    const result = desc.get.call(owner);
    state.indent += 2;
    let text;
    if (result === null) {
      text = `${state.stylize(`[${label}:`, 'special')} ${state.stylize('null', 'null')}${state.stylize(']', 'special')}`;
    } else if (typeof result === 'object') {
      text = `${state.stylize(`[${label}]`, 'special')} ${formatValue(state, result, level)}`;
    } else {
      text = `${state.stylize(`[${label}:`, 'special')} ${formatPrimitive(state.stylize, result, state)}${state.stylize(']', 'special')}`;
    }
    state.indent -= 2;
    return text;
  } catch (err) {
    // A thrown non-error shows as inspect() shows it.
    let why = isError(err) ? rawStackOf(err) : inspect(err);
    why = why.split('\n').join(`\n${' '.repeat(state.indent + 2)}`);
    state.mayBreak = true;
    return state.stylize(`[${label}: <Inspection threw (${why})>]`, 'special');
  }
}

const lookupGetter = Object.prototype.__lookupGetter__;
const lookupSetter = Object.prototype.__lookupSetter__;

// Like propertyEntry for a key known to be an own enumerable one. A data
// property (the usual case) is told apart by the two accessor lookups,
// which are much cheaper than building a descriptor object.
function ownEntry(state, obj, level, key, layout, bare) {
  if (lookupGetter.call(obj, key) !== undefined || lookupSetter.call(obj, key) !== undefined) {
    return propertyEntry(state, obj, level, key, layout, bare);
  }
  const value = obj[key];
  if (bare) {
    if (value === undefined) return state.stylize('undefined', 'undefined');
    state.indent += 2;
    const text = formatValue(state, value, level);
    state.indent -= 2;
    return text;
  }
  if (value !== undefined && (state.compact !== true || layout !== LAYOUT_PROPS)) {
    // The usual entry, made as one rope node (fewer to flatten later).
    state.indent += 2;
    const text = formatValue(state, value, level);
    state.indent -= 2;
    return `${formatKey(state, key, true)}: ${text}`;
  }
  return `${formatKey(state, key, true)}:${valueEntryText(state, value, level, layout)}`;
}

// ' ' and the text of a data property's value (a newline and indent
// instead of the space when compact: true breaks the entry).
function valueEntryText(state, value, level, layout) {
  if (value === undefined) return ` ${state.stylize('undefined', 'undefined')}`;
  const step = state.compact === true && layout === LAYOUT_PROPS ? 3 : 2;
  state.indent += step;
  const text = formatValue(state, value, level);
  let gap = ' ';
  if (step === 3 && state.breakLength < getStringWidth(text, state.colors)) {
    gap = newlineIndent(state.indent);
  }
  state.indent -= step;
  return gap + text;
}

// One entry: "key: value", or just the value for array items.
// (`receiver`: the object a getter runs on, when `obj` is a prototype.)
function propertyEntry(state, obj, level, key, layout, bare, receiver = obj) {
  let desc;
  try {
    desc = Object.getOwnPropertyDescriptor(obj, key);
  } catch (err) {
    // A module namespace's binding not initialised yet.
    if (!(err instanceof ReferenceError) || !types.isModuleNamespaceObject(obj)) throw err;
    return `${formatKey(state, key, true)}: ${state.stylize('<uninitialized>', 'special')}`;
  }
  if (desc === undefined) desc = { value: safeGet(obj, key), enumerable: true };
  if (desc.value !== undefined && !bare) {
    return `${formatKey(state, key, desc.enumerable !== false)}:${valueEntryText(state, desc.value, level, layout)}`;
  }
  let text;
  if (desc.value !== undefined) {
    state.indent += 2;
    text = formatValue(state, desc.value, level);
    state.indent -= 2;
  } else if (desc.get !== undefined) {
    text = getterText(state, desc, receiver, level);
  } else if (desc.set !== undefined) {
    text = state.stylize('[Setter]', 'special');
  } else {
    text = state.stylize('undefined', 'undefined');
  }
  if (bare) return text;
  return `${formatKey(state, key, desc.enumerable !== false)}: ${text}`;
}

// ---------------------------------------------------------------------------
// Layout

function fitsOnOneLine(state, entries, start, head) {
  const count = entries.length;
  let total = count + start;
  if (total + count > state.breakLength) return false;
  for (let n = 0; n < count; n++) {
    total += state.colors ? removeColors(entries[n]).length : entries[n].length;
    if (total > state.breakLength) return false;
  }
  return head === '' || !head.includes('\n');
}

// Packs many short array items into rows of aligned columns. Returns the
// input unchanged when that would not help.
function packIntoColumns(state, entries, source) {
  const separator = 2; // ", "
  let itemCount = entries.length;
  if (state.maxArrayLength < entries.length) itemCount--; // "... more items" stays alone
  const widths = [];
  let widthSum = 0;
  let widest = 0;
  for (let n = 0; n < itemCount; n++) {
    const w = getStringWidth(entries[n], state.colors);
    // Three columns of this width no longer fit: packing cannot help.
    if ((w + separator) * 3 + state.indent >= state.breakLength) return entries;
    widths.push(w);
    widthSum += w + separator;
    if (w > widest) widest = w;
  }
  const cell = widest + separator;
  const worthIt = cell * 3 + state.indent < state.breakLength &&
    (widthSum / cell > 5 || widest <= 6);
  if (!worthIt) return entries;

  const bias = Math.sqrt(cell - widthSum / entries.length);
  const adjusted = Math.max(cell - 3 - bias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * adjusted * itemCount) / adjusted),
    Math.floor((state.breakLength - state.indent) / cell),
    state.compact * 4,
    15,
  );
  if (columns <= 1) return entries;

  const columnWidth = [];
  for (let col = 0; col < columns; col++) {
    let w = 0;
    for (let n = col; n < widths.length; n += columns) if (widths[n] > w) w = widths[n];
    columnWidth.push(w + separator);
  }
  let alignRight = source !== undefined;
  if (alignRight) {
    for (let n = 0; n < entries.length; n++) {
      const item = source[n];
      if (typeof item !== 'number' && typeof item !== 'bigint') {
        alignRight = false;
        break;
      }
    }
  }
  const rows = [];
  for (let rowStart = 0; rowStart < itemCount; rowStart += columns) {
    const rowEnd = Math.min(rowStart + columns, itemCount);
    let row = '';
    for (let n = rowStart; n < rowEnd; n++) {
      // Width including invisible color codes.
      const hiddenChars = entries[n].length - widths[n];
      const isLast = n === rowEnd - 1;
      if (!isLast) {
        const cellText = `${entries[n]}, `;
        const target = columnWidth[n - rowStart] + hiddenChars;
        row += alignRight ? cellText.padStart(target, ' ') : cellText.padEnd(target, ' ');
      } else if (alignRight) {
        row += entries[n].padStart(columnWidth[n - rowStart] + hiddenChars - separator, ' ');
      } else {
        row += entries[n];
      }
    }
    rows.push(row);
  }
  if (itemCount < entries.length) rows.push(entries[itemCount]);
  return rows;
}

// Joins with string concatenation, which JSC keeps as a rope: a nested
// object's text is then not copied again at every enclosing level, as it
// would be by Array.prototype.join (which flattens).
function concatAll(list, separator) {
  let out = list.length === 0 ? '' : list[0];
  for (let n = 1; n < list.length; n++) out = out + separator + list[n];
  return out;
}

// A string made by concatenation is a rope in JSC: every rope that uses
// it as a piece walks it again when flattened, unless it was flattened
// itself once (searching it does that).
function flat(text) {
  text.indexOf('\u0000');
  return text;
}

// '\n' plus `width` spaces, made once per width.
const newlineIndents = [];
function newlineIndent(width) {
  let text = newlineIndents[width];
  if (text === undefined) {
    text = flat(`\n${' '.repeat(width)}`);
    if (width < 256) newlineIndents[width] = text;
  }
  return text;
}

// The separator of entries on their own lines: ',' newline, indent + 2.
const entrySeparators = [];
function entrySeparator(width) {
  let text = entrySeparators[width];
  if (text === undefined) {
    text = flat(`,${newlineIndent(width)}  `);
    if (width < 256) entrySeparators[width] = text;
  }
  return text;
}

// Bracket and space around one-line entries; the common ones are literals.
function openerOf(headPart, open) {
  if (headPart === '') {
    if (open === '{') return '{ ';
    if (open === '[') return '[ ';
  }
  return `${headPart}${open} `;
}

function closerOf(close) {
  if (close === '}') return ' }';
  if (close === ']') return ' ]';
  return ` ${close}`;
}

// `clean`: no entry holds a line break (the caller knows).
function joinEntries(state, entries, head, open, close, layout, level, source, clean = false) {
  const headPart = head === '' ? '' : `${head} `;
  if (state.compact !== true) {
    if (typeof state.compact === 'number' && state.compact >= 1) {
      const count = entries.length;
      if (layout === LAYOUT_ITEMS && count > 6) entries = packIntoColumns(state, entries, source);
      // Only the innermost `compact` levels may be put on a single line.
      if (state.lastDepth - level < state.compact && count === entries.length) {
        const start = entries.length + state.indent + open.length + head.length + 10;
        if (fitsOnOneLine(state, entries, start, head)) {
          const line = concatAll(entries, ', ');
          // (Searching would flatten the rope: skipped when no entry can
          // hold a line break, see state.mayBreak.)
          if (clean || !line.includes('\n')) {
            // (Three pieces: one rope node.)
            return openerOf(headPart, open) + line + closerOf(close);
          }
        }
      }
    }
    state.mayBreak = true;
    const nl = newlineIndent(state.indent);
    return `${headPart}${open}${nl}  ${concatAll(entries, entrySeparator(state.indent))}${nl}${close}`;
  }
  // compact === true: fill lines, continuation lines indented.
  state.mayBreak = true;
  if (fitsOnOneLine(state, entries, 0, head)) {
    return `${open}${head === '' ? '' : ` ${head}`} ${entries.join(', ')} ${close}`;
  }
  const pad = ' '.repeat(state.indent);
  const lead = head === '' && open.length === 1 ? ' ' : `${head === '' ? '' : ` ${head}`}\n${pad}  `;
  return `${open}${lead}${entries.join(`,\n${pad}  `)} ${close}`;
}

// ---------------------------------------------------------------------------
// The walk

function optionsForCustom(state) {
  const opts = {
    stylize: state.stylize,
    showHidden: state.showHidden,
    depth: state.depth,
    colors: state.colors,
    customInspect: state.customInspect,
    showProxy: state.showProxy,
    maxArrayLength: state.maxArrayLength,
    maxStringLength: state.maxStringLength,
    breakLength: state.breakLength,
    compact: state.compact,
    sorted: state.sorted,
    getters: state.getters,
    numericSeparator: state.numericSeparator,
  };
  if (state.userOptions !== undefined) Object.assign(opts, state.userOptions);
  return opts;
}

function circularMarker(state, value) {
  if (state.circular === undefined) state.circular = new Map();
  let id = state.circular.get(value);
  if (id === undefined) {
    id = state.circular.size + 1;
    state.circular.set(value, id);
  }
  return state.stylize(`[Circular *${id}]`, 'special');
}

function formatProxyParts(state, parts, level) {
  if (state.depth !== null && level > state.depth) return state.stylize('Proxy [Array]', 'special');
  level++;
  state.indent += 2;
  const shown = [formatValue(state, parts[0], level), formatValue(state, parts[1], level)];
  state.indent -= 2;
  return joinEntries(state, shown, '', 'Proxy [', ']', LAYOUT_ITEMS, level);
}

function formatValue(state, value, level, insideTypedArray) {
  if (value === null) return state.stylize('null', 'null');
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(state.stylize, value, state);
  }
  const receiver = value;
  const parts = proxyParts(value);
  if (parts !== undefined) {
    if (parts === null || parts[0] === null) return state.stylize('<Revoked Proxy>', 'special');
    if (state.showProxy) {
      state.mayBreak = true;
      return formatProxyParts(state, parts, level);
    }
    value = parts[0];
    // A proxy of a proxy: show the innermost target.
    let inner = proxyParts(value);
    while (inner !== undefined && inner !== null && inner[0] !== null) {
      value = inner[0];
      inner = proxyParts(value);
    }
  }

  if (state.customInspect) {
    const hook = safeGet(value, customInspectSymbol);
    if (typeof hook === 'function' && hook !== inspect && !isOwnPrototype(value)) {
      const depthLeft = state.depth === null ? null : state.depth - level;
      const result = hook.call(receiver, depthLeft, optionsForCustom(state), inspect);
      if (result !== receiver) {
        if (typeof result !== 'string') return formatValue(state, result, level);
        state.mayBreak = true;
        return result.split('\n').join(`\n${' '.repeat(state.indent)}`);
      }
    }
  }

  if (state.seen.includes(value)) return circularMarker(state, value);
  return formatObject(state, value, level, insideTypedArray);
}

// True for `Foo.prototype` objects (their custom inspect is not called).
function isOwnPrototype(value) {
  const ctor = safeGet(value, 'constructor');
  if (ctor === null || (typeof ctor !== 'function' && typeof ctor !== 'object')) return false;
  return safeGet(ctor, 'prototype') === value;
}

function hasIterator(value) {
  try {
    return Symbol.iterator in value;
  } catch {
    return false;
  }
}

// Fills in the fields a kind of object changes (no copy: plans are not shared).
function setPlan(plan, fields) {
  if (fields.open !== undefined) plan.open = fields.open;
  if (fields.close !== undefined) plan.close = fields.close;
  if (fields.layout !== undefined) plan.layout = fields.layout;
  if (fields.produce !== undefined) plan.produce = fields.produce;
  if (fields.keys !== undefined) plan.keys = fields.keys;
  return plan;
}

// Works out how `value` is shown: returns either a finished string, or a
// plan { head, open, close, layout, produce, keys }.
function planObject(state, value, level, ctor, tag, insideTypedArray, inherited) {
  const plan = { head: '', open: '{', close: '}', layout: LAYOUT_PROPS, produce: noEntries, keys: null };

  if (hasIterator(value) || ctor === null) {
    if (Array.isArray(value)) {
      const keys = ownKeys(value, state.showHidden, true);
      const prefix = ctor !== 'Array' || tag !== '' ? prefixFor(ctor, tag, 'Array', `(${value.length})`) : '';
      if (value.length === 0 && keys.length === 0) return `${prefix}[]`;
      return setPlan(plan, { open: `${prefix}[`, close: ']', layout: LAYOUT_ITEMS, produce: arrayEntries, keys });
    }
    if (types.isSet(value)) {
      const keys = ownKeys(value, state.showHidden, false);
      const prefix = prefixFor(ctor, tag, 'Set', `(${value.size})`);
      if (value.size === 0 && keys.length === 0) return `${prefix}{}`;
      return setPlan(plan, { open: `${prefix}{`, produce: setEntries, keys });
    }
    if (types.isMap(value)) {
      const keys = ownKeys(value, state.showHidden, false);
      const prefix = prefixFor(ctor, tag, 'Map', `(${value.size})`);
      if (value.size === 0 && keys.length === 0) return `${prefix}{}`;
      return setPlan(plan, { open: `${prefix}{`, produce: mapEntries, keys });
    }
    if (types.isTypedArray(value)) {
      const keys = ownKeys(value, state.showHidden, true);
      const kindName = Object.getOwnPropertyDescriptor(
        Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get.call(value);
      const length = typedArrayLength.call(value);
      const prefix = prefixFor(ctor, tag, kindName, `(${length})`);
      if (length === 0 && keys.length === 0 && !state.showHidden) return `${prefix}[]`;
      return setPlan(plan, { open: `${prefix}[`, close: ']', layout: LAYOUT_ITEMS, produce: typedArrayEntries, keys });
    }
    if (types.isMapIterator(value) || types.isSetIterator(value)) {
      const keys = ownKeys(value, state.showHidden, false);
      const label = tag !== '' ? tag : (types.isMapIterator(value) ? 'Map Iterator' : 'Set Iterator');
      return setPlan(plan, { open: `[${label}] {`, produce: unknownEntries, keys });
    }
  }

  const keys = ownKeys(value, state.showHidden, false);
  plan.keys = keys;
  const empty = keys.length === 0 && inherited.length === 0;

  if (typeof value === 'function') {
    plan.head = functionLabel(value, ctor, tag);
    if (empty) return state.stylize(plan.head, 'special');
    return plan;
  }
  if (ctor === 'Object') {
    if (types.isArgumentsObject(value)) {
      if (empty) return '[Arguments] {}';
      return setPlan(plan, { open: '[Arguments] {' });
    }
    if (tag !== '') plan.open = `${prefixFor(ctor, tag, 'Object')}{`;
    if (empty) return `${plan.open}}`;
    return plan;
  }
  if (types.isRegExp(value)) {
    let text = RegExp.prototype.toString.call(ctor !== null ? value : new RegExp(value));
    const prefix = prefixFor(ctor, tag, 'RegExp');
    if (prefix !== 'RegExp ') text = prefix + text;
    if (empty || (state.depth !== null && level > state.depth)) return state.stylize(text, 'regexp');
    plan.head = text;
    return plan;
  }
  if (types.isDate(value)) {
    const time = Date.prototype.getTime.call(value);
    let text = Number.isNaN(time) ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
    const prefix = prefixFor(ctor, tag, 'Date');
    if (prefix !== 'Date ') text = prefix + text;
    if (empty) return state.stylize(text, 'date');
    plan.head = text;
    return plan;
  }
  if (isError(value)) {
    plan.head = describeError(state, value, ctor, tag, keys);
    if (keys.length === 0) return plan.head;
    return plan;
  }
  if (types.isAnyArrayBuffer(value)) {
    const kindName = types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
    const prefix = prefixFor(ctor, tag, kindName);
    const sizeText = `[byteLength]: ${formatNumber(state.stylize, value.byteLength, false)}`;
    if (insideTypedArray) {
      if (empty) return `${prefix}{ ${sizeText} }`;
      return setPlan(plan, { open: `${prefix}{`, produce: () => [sizeText] });
    }
    return setPlan(plan, { open: `${prefix}{`, produce: (c, v) => bufferContents(c, v).concat(sizeText) });
  }
  if (types.isDataView(value)) {
    const produce = (c, v, lvl) => {
      c.indent += 2;
      const out = [
        `[byteLength]: ${formatNumber(c.stylize, v.byteLength, false)}`,
        `[byteOffset]: ${formatNumber(c.stylize, v.byteOffset, false)}`,
        `[buffer]: ${formatValue(c, v.buffer, lvl)}`,
      ];
      c.indent -= 2;
      return out;
    };
    return setPlan(plan, { open: `${prefixFor(ctor, tag, 'DataView')}{`, produce });
  }
  if (types.isPromise(value)) {
    return setPlan(plan, { open: `${prefixFor(ctor, tag, 'Promise')}{`, produce: promiseEntries });
  }
  if (types.isWeakSet(value)) {
    return setPlan(plan, { open: `${prefixFor(ctor, tag, 'WeakSet')}{`, produce: unknownEntries });
  }
  if (types.isWeakMap(value)) {
    return setPlan(plan, { open: `${prefixFor(ctor, tag, 'WeakMap')}{`, produce: unknownEntries });
  }
  if (types.isModuleNamespaceObject(value)) {
    return setPlan(plan, { open: `${prefixFor(ctor, tag, 'Module')}{` });
  }
  if (types.isBoxedPrimitive(value)) {
    const head = boxedLabel(state, value, keys, ctor, tag);
    if (keys.length === 0) return head;
    plan.head = head;
    return plan;
  }
  let fallback = 'Object';
  if (ctor === null && tag === '') {
    // A prototype-less object names itself by its own string tag.
    const ownTag = safeGet(value, Symbol.toStringTag);
    if (typeof ownTag === 'string' && ownTag !== '') fallback = ownTag;
  }
  const prefix = prefixFor(ctor, tag, fallback);
  if (empty) return `${prefix}{}`;
  plan.open = `${prefix}{`;
  return plan;
}

// showHidden: non-method fields that instances of user classes inherit
// (accessors, data on the prototype), as [holder, key] pairs.
function inheritedFields(value) {
  const pairs = [];
  const taken = new Set(Reflect.ownKeys(value));
  let proto = Object.getPrototypeOf(value);
  while (proto !== null) {
    const ctorDesc = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (ctorDesc !== undefined && typeof ctorDesc.value === 'function' &&
        builtinConstructorNames().has(ctorDesc.value.name)) break;
    for (const key of Reflect.ownKeys(proto)) {
      if (key === 'constructor' || taken.has(key)) continue;
      taken.add(key);
      const desc = Object.getOwnPropertyDescriptor(proto, key);
      if (typeof desc.value === 'function') continue;
      pairs.push([proto, key]);
    }
    proto = Object.getPrototypeOf(proto);
  }
  return pairs;
}

function boxedLabel(state, value, keys, ctor, tag) {
  let kind;
  let inner;
  if (types.isNumberObject(value)) {
    kind = 'Number';
    inner = Number.prototype.valueOf.call(value);
  } else if (types.isStringObject(value)) {
    kind = 'String';
    inner = String.prototype.valueOf.call(value);
    // The characters are shown in the label, not as index keys.
    const drop = keys.filter((k) => isIndexKey(k));
    for (const k of drop) keys.splice(keys.indexOf(k), 1);
  } else if (types.isBooleanObject(value)) {
    kind = 'Boolean';
    inner = Boolean.prototype.valueOf.call(value);
  } else if (types.isBigIntObject(value)) {
    kind = 'BigInt';
    inner = BigInt.prototype.valueOf.call(value);
  } else {
    kind = 'Symbol';
    inner = Symbol.prototype.valueOf.call(value);
  }
  let label = `[${kind}`;
  if (ctor !== kind) label += ctor === null ? ' (null prototype)' : ` (${ctor})`;
  label += `: ${formatPrimitive(stylizeNoColor, inner, { ...state, compact: true })}]`;
  if (tag !== '' && tag !== ctor) label += ` [${tag}]`;
  if (keys.length !== 0 || state.stylize === stylizeNoColor) return label;
  return state.stylize(label, kind.toLowerCase());
}

// Objects and arrays straight off the built-in prototypes are most of what
// gets printed. For them the generic steps (constructor lookup, tag, the
// kind tests of planObject) have a known outcome: 'Object' or 'Array', no
// tag. Returns that name, or null to take the generic path. (Arguments
// objects have an own `callee`; anything with a string tag or an own
// `constructor` is left to the generic path too.)
function plainCtorOf(state, value) {
  if (state.showHidden) return null;
  const proto = Object.getPrototypeOf(value);
  let name;
  if (proto === Object.prototype) {
    if (hasOwn(value, 'callee')) return null;
    name = 'Object';
  } else if (proto === Array.prototype && Array.isArray(value)) {
    name = 'Array';
  } else {
    return null;
  }
  if (proto.constructor !== (name === 'Array' ? Array : Object) || hasOwn(value, 'constructor')) return null;
  if (value[Symbol.toStringTag] !== undefined) return null;
  return name;
}

// Cheap emptiness test for a plain object or array: true when it surely
// has something to print (false means "unknown": list the keys).
function hasSomeOwnEntry(value, ctor) {
  if (ctor === 'Array') return value.length !== 0;
  // for-in yields own enumerable string keys before inherited ones.
  for (const key in value) return hasOwn(value, key);
  return false;
}

// The plans of plain arrays and objects: shared, as formatObject only
// reads a plan (their keys are kept apart).
const kPlainArrayPlan = Object.freeze({
  head: '', open: '[', close: ']', layout: LAYOUT_ITEMS, produce: arrayEntries, keys: null,
});
const kPlainObjectPlan = Object.freeze({
  head: '', open: '{', close: '}', layout: LAYOUT_PROPS, produce: noEntries, keys: null,
});

function formatObject(state, value, level, insideTypedArray) {
  let ctor = plainCtorOf(state, value);
  let tag = '';
  let inherited = kNoFields;
  let plan;
  const plainPath = ctor !== null;
  let plainKeys;
  // Any other kind of object may show names, tags or stacks with line
  // breaks in them.
  if (!plainPath) state.mayBreak = true;
  if (plainPath) {
    // Past the depth limit a non-empty plain container prints as its name
    // alone: skip listing its keys.
    if (state.depth !== null && level > state.depth && hasSomeOwnEntry(value, ctor)) {
      return state.stylize(`[${ctor}]`, 'special');
    }
    plainKeys = ownKeys(value, false, ctor === 'Array');
    if (plainKeys.length === 0 && (ctor === 'Object' || value.length === 0)) return ctor === 'Array' ? '[]' : '{}';
    plan = ctor === 'Array' ? kPlainArrayPlan : kPlainObjectPlan;
  } else {
    ctor = constructorNameOf(value, state);
    tag = toStringTagOf(value, state);
    if (state.showHidden && ctor !== null && typeof value === 'object') inherited = inheritedFields(value);
    plan = planObject(state, value, level, ctor, tag, insideTypedArray, inherited);
  }
  if (typeof plan === 'string') return plan;

  if (state.depth !== null && level > state.depth) {
    const name = prefixFor(ctor, tag, 'Object').slice(0, -1);
    return state.stylize(ctor === null ? name : `[${name}]`, 'special');
  }

  level++;
  state.seen.push(value);
  state.lastDepth = level;
  // Track line breaks in this object's entries (see state.mayBreak).
  const outerMayBreak = state.mayBreak;
  state.mayBreak = !plainPath;
  let entries;
  const keys = plainPath ? plainKeys : plan.keys || [];
  try {
    entries = plan.produce(state, value, level);
    // Keys of a plain object are own enumerable ones (no showHidden).
    const entryOf = plainPath ? ownEntry : propertyEntry;
    for (let n = 0; n < keys.length; n++) entries.push(entryOf(state, value, level, keys[n], plan.layout, false));
    for (const [holder, key] of inherited) {
      entries.push(propertyEntry(state, holder, level, key, plan.layout, false, value));
    }
  } catch (err) {
    state.seen.pop();
    state.mayBreak = true;
    if (err instanceof RangeError && /call stack/i.test(String(err.message))) {
      const name = prefixFor(ctor, tag, 'Object').slice(0, -1);
      return state.stylize(`[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, 'special');
    }
    throw err;
  }
  state.seen.pop();

  if (state.sorted) {
    const compare = state.sorted === true ? undefined : state.sorted;
    if (plan.layout === LAYOUT_PROPS) {
      entries.sort(compare);
    } else if (keys.length > 1) {
      const tail = entries.splice(entries.length - keys.length).sort(compare);
      entries.push(...tail);
    }
  }

  let head = plan.head;
  let open = plan.open;
  if (state.circular !== undefined) {
    const id = state.circular.get(value);
    if (id !== undefined) {
      const ref = state.stylize(`<ref *${id}>`, 'special');
      if (state.compact !== true) head = head === '' ? ref : `${ref} ${head}`;
      else open = `${ref} ${open}`;
    }
  }
  // A plain object's brackets and head (a `<ref *n>` at most) have no
  // line break: its entries decide.
  const text = joinEntries(state, entries, head, open, plan.close, plan.layout, level, value, !state.mayBreak);
  if (outerMayBreak || !plainPath) state.mayBreak = true;
  noteOutput(state, level, text.length);
  return text;
}

// Huge (often cyclic-but-unseen) graphs could produce gigabytes of text:
// once the objects finished at one nesting level add up to more than
// 2 ** 27 characters, everything not yet expanded is shown as "[Object]".
function noteOutput(state, level, length) {
  if (state.outputPerLevel === undefined) state.outputPerLevel = [];
  const total = (state.outputPerLevel[level] || 0) + length;
  state.outputPerLevel[level] = total;
  if (total > 2 ** 27) state.depth = -1;
}

// ---------------------------------------------------------------------------
// Public entry point

function inspect(value, opts) {
  const state = {
    seen: [],
    indent: 0,
    lastDepth: 0,
    circular: undefined,
    // Set when text made since the flag was cleared may hold a line break
    // that no check has looked for yet; only plain objects and arrays clear
    // it, to learn whether their entries can be joined on one line
    // without searching the joined text.
    mayBreak: false,
    userOptions: undefined,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2 && arguments[2] !== undefined) state.depth = arguments[2];
    if (arguments.length > 3 && arguments[3] !== undefined) state.colors = arguments[3];
    if (typeof opts === 'boolean') {
      state.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          state[key] = opts[key];
        } else if (state.userOptions === undefined) {
          state.userOptions = opts;
        }
      }
    }
  }
  if (state.colors) state.stylize = stylizeWithColor;
  if (state.maxArrayLength === null) state.maxArrayLength = Infinity;
  if (state.maxStringLength === null) state.maxStringLength = Infinity;
  return formatValue(state, value, 0);
}

inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    Object.assign(inspectDefaultOptions, options);
  },
});

inspect.colors = ansiPairs;
inspect.styles = styleOfKind;

// ---------------------------------------------------------------------------
// Used by util.format's %s: does `value` lack a user-defined toString?

let builtinNames;
function builtinConstructorNames() {
  if (builtinNames === undefined) {
    // The engine's constructors: Jolt's own JS globals (URL, Blob, ...) count
    // as user code, as Node's do.
    const jolt = require.joltGlobalNames;
    builtinNames = new Set(Object.getOwnPropertyNames(globalThis)
      .filter((n) => /^[A-Z][a-zA-Z0-9]+$/.test(n) && !jolt.has(n)));
  }
  return builtinNames;
}

function hasBuiltInToString(value) {
  const parts = proxyParts(value);
  if (parts !== undefined) {
    if (parts === null || parts[0] === null) return true;
    value = parts[0];
  }
  // A user-defined Symbol.toPrimitive decides the string form.
  const toPrimitive = safeGet(value, Symbol.toPrimitive);
  if (typeof toPrimitive === 'function' && toPrimitive !== Date.prototype[Symbol.toPrimitive] &&
      toPrimitive !== Symbol.prototype[Symbol.toPrimitive]) {
    return false;
  }
  // An own toString that is not callable cannot be used: inspect instead.
  if (hasOwn(value, 'toString')) return typeof safeGet(value, 'toString') !== 'function';
  let holder = value;
  for (;;) {
    holder = Object.getPrototypeOf(holder);
    if (holder === null) return true;
    if (hasOwn(holder, 'toString')) break;
  }
  const desc = Object.getOwnPropertyDescriptor(holder, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' &&
    builtinConstructorNames().has(desc.value.name);
}

module.exports = {
  identicalSequenceRange,
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  formatWithOptionsInternal,
  getStringWidth,
  stripVTControlCharacters,
  isZeroWidthCodePoint,
  hasBuiltInToString,
  stylizeWithColor,
  stylizeNoColor,
  strEscape,
  removeColors,
  isError,
  customInspectSymbol,
};
