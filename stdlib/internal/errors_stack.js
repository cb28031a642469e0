'use strict';
// Error stacks in Node's (V8's) shape. JSC's `err.stack` is a list of
// "fn@file:line:col" frames with no "Name: message" header; this turns it
// into "Name: message\n    at fn (file:line:col)" as Node prints it. Used by
// util.inspect, console.trace and the runtime's error reporter.

// Marks the errors internal/errors makes (their header is "Name [CODE]: msg").
const kIsNodeError = Symbol('kIsNodeError');

// Converted stacks, keyed by error, so that the header is fixed the first time
// a stack is formatted (as V8 fixes it on the first access to `.stack`).
const cache = new WeakMap();

// The intrinsic, whatever a program does to the global Promise.
const PromiseResolve = Promise.resolve.bind(Promise);

function safeGet(obj, key) {
  try {
    return obj[key];
  } catch {
    return undefined;
  }
}

// Error.prototype.toString, without calling user code more than needed.
function errorHeader(err) {
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) return String(err);
  let name = safeGet(err, 'name');
  let message = safeGet(err, 'message');
  if (safeGet(err, kIsNodeError) === true) {
    return `${name} [${safeGet(err, 'code')}]: ${message}`;
  }
  name = name === undefined ? 'Error' : `${name}`;
  message = message === undefined ? '' : `${message}`;
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

// True when `stack` is in JSC's format (possibly empty): every line is a
// frame "name@location" (the name may be empty) or a bare "file:line:col".
function isJscStack(stack) {
  if (stack === '') return true;
  let start = 0;
  for (;;) {
    let end = stack.indexOf('\n', start);
    if (end === -1) end = stack.length;
    const line = stack.slice(start, end);
    const at = line.indexOf('@');
    if (at === -1) {
      if (!/:\d+:\d+$/.test(line)) return false;
    } else if (line.startsWith('    at ') || line.slice(0, at).includes(': ')) {
      return false;
    }
    if (end === stack.length) return true;
    start = end + 1;
  }
}

// A "file:1:col" location of a file Jolt compiled behind a header on line 1
// (the CommonJS wrapper, the ES module prologue) with the column the user's
// text has; any other location unchanged.
function withoutHeaderColumns(location) {
  const match = /^(.*):1:(\d+)$/.exec(location);
  if (match === null) return location;
  const shift = internalBinding('contextify').lineOneShift(match[1]);
  const column = Number(match[2]);
  return shift > 0 && column > shift ? `${match[1]}:1:${column - shift}` : location;
}

// Columns that the module loaders' rewrite of eval and Function calls
// moved (runtime/esm/transform.h, Result::column_shifts), by the file name
// frames give (an ES module's URL, a CommonJS file's path): flat (line,
// column, extra) triples.
const columnShifts = new Map();

function noteColumnShifts(file, shifts) {
  columnShifts.set(file, shifts);
}

// The 1-based `column` of `line` (of the text after any line-1 header) of
// `file` as compiled, in the file's own text.
function sourceColumn(file, line, column) {
  if (columnShifts.size === 0) return column;
  const shifts = columnShifts.get(file);
  if (shifts === undefined) return column;
  let at = column - 1;
  // Rightmost first: an insertion moves only what follows it.
  for (let n = shifts.length - 3; n >= 0; n -= 3) {
    if (shifts[n] !== line) continue;
    const end = shifts[n + 1];
    const extra = shifts[n + 2];
    if (at >= end) at -= extra;
    else if (at >= end - extra) at = Math.max(end - extra - 1, 0);  // inside the inserted text
  }
  return at + 1;
}

// A "file:line:col" location with the column of the file's own text.
function withSourceColumn(location) {
  const match = /^(.*):(\d+):(\d+)$/.exec(location);
  if (match === null || !columnShifts.has(match[1])) return location;
  return `${match[1]}:${match[2]}:${sourceColumn(match[1], Number(match[2]), Number(match[3]))}`;
}

// ---- V8's call-site columns ------------------------------------------------
// JSC places a call's frame right after its callee (`f|()`, `a.b|()`,
// `new X|()`) and a property read at its dot (`a|.b`); V8 places them at the
// callee's start (`|f()`), the last property name (`a.|b()`, `a.|b`), the
// `new` or `super` keyword, and at the `(` when the callee is computed or
// parenthesized (`a[k]|()`, `(f)|()`). Tagged templates and `?.(` calls
// agree already. The file's text is read again from disk when a stack is
// formatted (the loaders keep no copy), and a column is moved only when the
// text around it has one of the shapes above without doubt.

// file -> { text, lineStarts } (or null when unreadable), for a few files,
// dropped when the current job's microtasks run: a loop formatting many
// stacks reads each file once, and no text stays in memory afterwards (what
// a stack needs of it stays in `callSites`).
const sourceTexts = new Map();
const kSourceTexts = 8;
let dropScheduled = false;
// "file:line:col" as JSC gave it -> as V8 gives it.
const callSites = new Map();
const kCallSites = 4096;

function dropSourceTexts() {
  dropScheduled = false;
  sourceTexts.clear();
}

function sourceOf(file) {
  let source = sourceTexts.get(file);
  if (source !== undefined) return source;
  source = null;
  try {
    let path = file;
    if (path.startsWith('file://')) path = decodeURIComponent(path.slice(7));
    let text = internalBinding('fs').readFileUtf8(path);
    if (typeof text === 'string') {
      if (text.charCodeAt(0) === 0xFEFF) text = text.slice(1);
      source = { text, lineStarts: [0] };
    }
  } catch {
    // Not a file (vm code, deleted since): columns stay JSC's.
  }
  if (sourceTexts.size >= kSourceTexts) sourceTexts.delete(sourceTexts.keys().next().value);
  sourceTexts.set(file, source);
  if (!dropScheduled) {
    dropScheduled = true;
    PromiseResolve().then(dropSourceTexts);
  }
  return source;
}

// Offset of the start of 1-based `line`, or -1 past the end; the table of
// line starts grows only as far as lines are asked for.
function lineStart(source, line) {
  const starts = source.lineStarts;
  while (starts.length < line) {
    const nl = source.text.indexOf('\n', starts[starts.length - 1]);
    if (nl === -1) return -1;
    starts.push(nl + 1);
  }
  return starts[line - 1];
}

function isNameCode(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 36 || c === 95 ||
    (c >= 0x80 && c !== 0xA0 && c !== 0xFEFF && c !== 0x2028 && c !== 0x2029 && c !== 0x3000 &&
     !(c >= 0x2000 && c <= 0x200A));
}

function isSpaceCode(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xA0 || c === 0xFEFF;
}

// Index of the first significant character at or after `i` (spaces and
// comments skipped).
function skipForward(text, i) {
  for (;;) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      if (close === -1) return -1;
      i = close + 2;
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const nl = text.indexOf('\n', i);
      if (nl === -1) return -1;
      i = nl + 1;
    } else {
      return i;
    }
  }
}

// Index just past the last significant character before `i`, or -1 when
// that is unclear: going back into an earlier line that has a `//` (which
// may start a comment that a backward scan cannot tell).
function skipBackward(text, i) {
  for (;;) {
    const c = text.charCodeAt(i - 1);
    if (c === 10) {
      const start = text.lastIndexOf('\n', i - 2) + 1;
      if (text.slice(start, i - 1).includes('//')) return -1;
      i--;
    } else if (isSpaceCode(c)) {
      i--;
    } else if (c === 47 && text.charCodeAt(i - 2) === 42) {
      const open = text.lastIndexOf('/*', i - 3);
      if (open === -1) return -1;
      i = open;
    } else {
      return i;
    }
  }
}

// Index of the bracket opening the one closing at `close`, or -1 when the
// text between might hold templates, regular expressions or comments.
function openingBracket(text, close) {
  let depth = 0;
  const limit = Math.max(0, close - 2000);
  for (let i = close; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 41 || c === 93 || c === 125) {
      depth++;
    } else if (c === 40 || c === 91 || c === 123) {
      if (--depth === 0) return (c === 40) === (text.charCodeAt(close) === 41) ? i : -1;
    } else if (c === 34 || c === 39) {
      // A one-line string literal: skip back to its opening quote.
      const open = text.lastIndexOf(text[i], i - 1);
      if (open < limit || text.charCodeAt(open - 1) === 92 || text.slice(open, i).includes('\n')) return -1;
      i = open;
    } else if (c === 96 || c === 47 || c === 92) {
      return -1;
    }
  }
  return -1;
}

// Words that a `(` or `[` may follow without being called or indexed.
const kOperatorWords = new Set(['new', 'return', 'typeof', 'void', 'delete', 'await', 'yield', 'in', 'of',
  'instanceof', 'case', 'do', 'else', 'throw', 'extends']);
// Words that are followed by `(` without a call.
const kStatementWords = new Set(['if', 'for', 'while', 'switch', 'catch', 'with', 'function', 'return', 'typeof',
  'void', 'delete', 'await', 'yield', 'in', 'of', 'instanceof', 'case', 'do', 'else', 'throw', 'new', 'import',
  'async', 'class', 'const', 'let', 'var']);

// The word (identifier or keyword) ending at `end`, or ''.
function wordBefore(text, end) {
  let start = end;
  while (start > 0 && isNameCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

// Where V8 places the call whose callee JSC says ends at `end`, the call's
// `(` being at `paren`; -1 when unsure.
function callPosition(text, end, paren) {
  let last;  // 'name', 'member' or 'group': what ends at `end`
  let lastStart;
  let called = false;  // a call inside the callee: a `new` before it is not this call's
  let head;
  for (let first = true; ; first = false) {
    const c = text.charCodeAt(end - 1);
    let start;
    let isName;
    if (isNameCode(c)) {
      start = end - 1;
      while (start > 0 && isNameCode(text.charCodeAt(start - 1))) start--;
      if (text.charCodeAt(start - 1) === 35) start--;  // #private
      isName = true;
    } else if (c === 41 || c === 93) {
      start = openingBracket(text, end - 1);
      if (start === -1) return -1;
      isName = false;
    } else {
      return -1;
    }
    if (first) {
      last = isName ? 'name' : 'group';
      lastStart = start;
    }
    const before = skipBackward(text, start);
    if (before === -1) return -1;
    const b = text.charCodeAt(before - 1);
    let joined = -1;  // end of the element this one hangs from
    if (b === 46 && text.charCodeAt(before - 2) !== 46) {
      // `.name`, `?.name`, `?.[...]`, `?.(...)`
      const dot = text.charCodeAt(before - 2) === 63 ? before - 2 : before - 1;
      if (!isName && dot === before - 1) return -1;
      joined = skipBackward(text, dot);
      if (joined === -1) return -1;
      if (first && isName) last = 'member';
    } else if (!isName && (isNameCode(b) || b === 41 || b === 93) && !kOperatorWords.has(wordBefore(text, before))) {
      joined = before;  // `x[...]`, `f(...)`
    }
    if (joined === -1) {
      head = start;
      break;
    }
    if (!isName && text.charCodeAt(start) === 40) called = true;
    end = joined;
  }
  if (!called) {
    const before = skipBackward(text, head);
    if (before >= 3 && wordBefore(text, before) === 'new' && text.charCodeAt(before - 4) !== 46) return before - 3;
  }
  if (last === 'name') return kStatementWords.has(text.slice(lastStart, end)) ? -1 : lastStart;
  // A private method's call is placed at its `(`, as a computed one.
  if (last === 'member') return text.charCodeAt(lastStart) === 35 ? paren : lastStart;
  return paren;
}

const kCompoundAssignments = new Set(['+=', '-=', '*=', '/=', '%=', '**=', '<<=', '>>=', '>>>=', '&=', '|=', '^=',
  '&&=', '||=', '??=']);

function isOperatorCode(c) {
  return c === 43 || c === 45 || c === 42 || c === 47 || c === 37 || c === 38 || c === 124 || c === 94 ||
    c === 60 || c === 62 || c === 63 || c === 61;
}

// The compound assignment operator (`+=`, `**=`, ...) around `at`: its
// start, or -1 when the characters there form no such operator.
function compoundAssignmentStart(text, at) {
  let start = at;
  let end = at;
  while (start > 0 && isOperatorCode(text.charCodeAt(start - 1))) start--;
  while (end < text.length && isOperatorCode(text.charCodeAt(end))) end++;
  return kCompoundAssignments.has(text.slice(start, end)) ? start : -1;
}

// Where V8 places a property access `.name` whose name starts at `name`: at
// the name when it is read, at the `=` when it is assigned; -1 for a
// compound assignment, where V8 marks the whole target.
function propertyPosition(text, name) {
  let end = name + 1;
  while (isNameCode(text.charCodeAt(end))) end++;
  const next = skipForward(text, end);
  if (next === -1) return name;
  const c = text.charCodeAt(next);
  if (c === 61) {
    const after = text.charCodeAt(next + 1);
    return after === 61 || after === 62 ? name : next;
  }
  return isOperatorCode(c) && compoundAssignmentStart(text, next) !== -1 ? -1 : name;
}

// Where V8 places what JSC places at offset `at` of `text`; -1 for the same.
function v8Position(text, at) {
  if (text.charCodeAt(at) === 46) {
    // A property read `a.b`: JSC at the dot, V8 at the name.
    if (text.charCodeAt(at + 1) === 46 || at === 0) return -1;
    const name = skipForward(text, at + 1);
    if (name === -1) return -1;
    const c = text.charCodeAt(name);
    return (c === 35 || (isNameCode(c) && !(c >= 48 && c <= 57))) ? propertyPosition(text, name) : -1;
  }
  // A compound assignment `a.b += 1`: JSC inside the operator, V8 at its start.
  if (isOperatorCode(text.charCodeAt(at))) {
    const start = compoundAssignmentStart(text, at);
    return start === at ? -1 : start;
  }
  const paren = skipForward(text, at);
  if (paren === -1 || text.charCodeAt(paren) !== 40 || at === 0) return -1;
  return callPosition(text, at, paren);
}

// A "file:line:col" location with V8's column (and line, for a callee on an
// earlier line) when JSC's points into a call or property read.
function withCallSiteColumn(location) {
  let mapped = callSites.get(location);
  if (mapped !== undefined) return mapped;
  mapped = location;
  const match = /^(.*):(\d+):(\d+)$/.exec(location);
  if (match !== null) {
    const source = sourceOf(match[1]);
    const line = Number(match[2]);
    const start = source === null ? -1 : lineStart(source, line);
    if (start !== -1) {
      const at = v8Position(source.text, start + Number(match[3]) - 1);
      if (at !== -1) {
        let l = line;
        while (source.lineStarts[l - 1] > at) l--;
        for (let next = lineStart(source, l + 1); next !== -1 && next <= at; next = lineStart(source, l + 1)) l++;
        mapped = `${match[1]}:${l}:${at - source.lineStarts[l - 1] + 1}`;
      }
    }
  }
  if (callSites.size >= kCallSites) callSites.clear();
  callSites.set(location, mapped);
  return mapped;
}

function convertFrame(line) {
  const at = line.indexOf('@');
  let name;
  let location;
  if (at === -1) {
    name = '';
    location = line;
  } else {
    name = line.slice(0, at);
    location = line.slice(at + 1);
  }
  if (location === '[native code]') location = '<anonymous>';
  else if (location.includes(':1:')) location = withoutHeaderColumns(location);
  if (columnShifts.size !== 0) location = withSourceColumn(location);
  if (location.charCodeAt(0) === 47 || location.startsWith('file:')) location = withCallSiteColumn(location);
  if (name === '' || name === 'global code' || name === 'module code') {
    return location === '' ? '    at <anonymous>' : `    at ${location}`;
  }
  if (name === 'eval code') name = 'eval';
  return `    at ${name} (${location === '' ? '<anonymous>' : location})`;
}

// Frames of a JSC stack string as V8-style "    at ..." lines.
function convertFrames(stack) {
  if (stack === '') return [];
  const lines = stack.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '') out.push(convertFrame(lines[i]));
  }
  return out;
}

// The stack of `err` as Node prints it. A stack that is not in JSC's format
// (set by the user, or already converted) is returned unchanged.
function formatStack(err) {
  const stack = safeGet(err, 'stack');
  if (typeof stack !== 'string') return errorHeader(err);
  const isObject = err !== null && (typeof err === 'object' || typeof err === 'function');
  if (isObject) {
    const cached = cache.get(err);
    if (cached !== undefined && cached.raw === stack) return cached.formatted;
  }
  if (!isJscStack(stack)) return stack;
  const frames = convertFrames(stack);
  let formatted = errorHeader(err);
  if (frames.length !== 0) formatted += `\n${frames.join('\n')}`;
  if (isObject) cache.set(err, { raw: stack, formatted });
  return formatted;
}

// "    at ..." lines for the current call stack, skipping `skip` frames of
// the caller's own (plus this function).
function currentStackFrames(skip = 0) {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return [];
  if (!isJscStack(stack)) {
    const lines = stack.split('\n');
    let i = 0;
    while (i < lines.length && !lines[i].startsWith('    at ')) i++;
    return lines.slice(i + 1 + skip);
  }
  return convertFrames(stack).slice(1 + skip);
}

module.exports = {
  formatStack,
  noteColumnShifts,
  sourceColumn,
  errorHeader,
  isJscStack,
  convertFrames,
  currentStackFrames,
  kIsNodeError,
};
