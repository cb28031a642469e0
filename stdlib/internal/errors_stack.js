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
