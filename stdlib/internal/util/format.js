'use strict';
// util.format / util.formatWithOptions, plus the number helpers and default
// options that util.inspect shares. This file stays small on purpose: the
// inspect module is only required once an argument is not a plain string
// (or a %o / %O / %j-free specifier needs it).

// The option set util.inspect starts from (util.inspect.defaultOptions
// edits this object in place).
const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

let lazyInspectModule;
function inspectModule() {
  if (lazyInspectModule === undefined) lazyInspectModule = require('internal/util/inspect');
  return lazyInspectModule;
}

function stylizeNoColor(text) {
  return text;
}

// Inserts '_' every three digits, counting from the right ("1234567" ->
// "1_234_567"). `digits` holds only digits.
function groupFromRight(digits) {
  let out = '';
  let end = digits.length;
  while (end > 3) {
    out = `_${digits.slice(end - 3, end)}${out}`;
    end -= 3;
  }
  return digits.slice(0, end) + out;
}

// Same, counting from the left (for the fraction part: "5678" -> "567_8").
function groupFromLeft(digits) {
  const parts = [];
  for (let at = 0; at < digits.length; at += 3) parts.push(digits.slice(at, at + 3));
  return parts.join('_');
}

function withSeparators(text) {
  // Exponent forms and non-finite values are left alone.
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  const negative = text[0] === '-';
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf('.');
  let result;
  if (dot === -1) {
    result = groupFromRight(body);
  } else {
    result = `${groupFromRight(body.slice(0, dot))}.${groupFromLeft(body.slice(dot + 1))}`;
  }
  return negative ? `-${result}` : result;
}

function formatNumber(stylize, num, useSeparators) {
  let text;
  if (Object.is(num, -0)) {
    text = '-0';
  } else {
    text = `${num}`;
    if (useSeparators) text = withSeparators(text);
  }
  return stylize(text, 'number');
}

function formatBigInt(stylize, big, useSeparators) {
  let text = `${big}`;
  if (useSeparators) text = withSeparators(text);
  return stylize(`${text}n`, 'bigint');
}

// JSON.stringify for %j; a cycle prints as '[Circular]'.
function jsonForFormat(value) {
  try {
    return `${JSON.stringify(value)}`;
  } catch (err) {
    // Only the engine's own cycle error (a TypeError) means "[Circular]".
    const text = err instanceof TypeError && typeof err.message === 'string' ? err.message : '';
    if (/cyclic structure|circular structure/i.test(text)) return '[Circular]';
    throw err;
  }
}

// %s of an object: its own toString when the user supplied one, otherwise
// a shallow inspection.
function objectForPercentS(value, options) {
  if (!inspectModule().hasBuiltInToString(value)) return String(value);
  return inspectModule().inspect(value, {
    ...options,
    depth: 0,
    colors: false,
    compact: 3,
  });
}

// The numericSeparator setting: the call's options, else inspect's defaults.
function separatorsWanted(options) {
  const own = options.numericSeparator;
  return own === undefined ? inspectDefaultOptions.numericSeparator : own;
}

function toNumberText(value, options, parse) {
  if (typeof value === 'bigint') return formatBigInt(stylizeNoColor, value, separatorsWanted(options));
  if (typeof value === 'symbol') return 'NaN';
  const number = parse === undefined ? Number(value) : parse(value);
  return formatNumber(stylizeNoColor, number, separatorsWanted(options));
}

// One specifier (the character after '%') applied to `arg`.
function applySpecifier(code, arg, options) {
  switch (code) {
    case 's':
      if (typeof arg === 'number') return formatNumber(stylizeNoColor, arg, separatorsWanted(options));
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, separatorsWanted(options));
      if (arg === null || typeof arg !== 'object') return String(arg);
      return objectForPercentS(arg, options);
    case 'j':
      return jsonForFormat(arg);
    case 'd':
      return toNumberText(arg, options);
    case 'i':
      return toNumberText(arg, options, parseInt);
    case 'f':
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, parseFloat(arg), separatorsWanted(options));
    case 'O':
      return inspectModule().inspect(arg, options);
    case 'o':
      return inspectModule().inspect(arg, {
        ...options,
        showHidden: true,
        showProxy: true,
        depth: 4,
      });
    case 'c':
      return '';
    default:
      return undefined;
  }
}

function appendRest(text, args, from, options) {
  for (let n = from; n < args.length; n++) {
    const value = args[n];
    text += ' ';
    text += typeof value === 'string' ? value : inspectModule().inspect(value, options);
  }
  return text;
}

const kNoOptions = Object.freeze({ __proto__: null });

function formatWithOptionsInternal(inspectOptions, args) {
  if (args.length === 0) return '';
  const options = inspectOptions === undefined ? kNoOptions : inspectOptions;
  const first = args[0];
  if (typeof first !== 'string') {
    // No format string: every argument is shown, space separated.
    const head = typeof first === 'string' ? first : inspectModule().inspect(first, options);
    return appendRest(head, args, 1, options);
  }
  let next = 1;
  let out = '';
  let copiedUpTo = 0;
  const limit = first.length - 1;
  for (let pos = 0; pos < limit; pos++) {
    if (first.charCodeAt(pos) !== 37) continue; // '%'
    const code = first[pos + 1];
    if (code === '%') {
      out += first.slice(copiedUpTo, pos) + '%';
      copiedUpTo = pos + 2;
      pos++;
      continue;
    }
    if (next >= args.length) continue;
    const replacement = applySpecifier(code, args[next], options);
    if (replacement === undefined) continue;
    out += first.slice(copiedUpTo, pos) + replacement;
    copiedUpTo = pos + 2;
    next++;
    pos++;
  }
  out += copiedUpTo === 0 ? first : first.slice(copiedUpTo);
  return appendRest(out, args, next, options);
}

function format(...values) {
  return formatWithOptionsInternal(undefined, values);
}

function formatWithOptions(opts, ...args) {
  if (typeof opts !== 'object' || opts === null) {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('inspectOptions', 'Object', opts);
  }
  return formatWithOptionsInternal(opts, args);
}

module.exports = {
  format,
  formatWithOptions,
  formatWithOptionsInternal,
  inspectDefaultOptions,
  formatNumber,
  formatBigInt,
  stylizeNoColor,
};
