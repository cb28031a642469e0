'use strict';
// Small helpers shared by the node:test runner and its reporters: clocks,
// where a test was declared, and how durations and errors are written.

const pm = internalBinding('process_methods');
const timers = require('timers');

// The real timer functions, taken before any test can install mock timers,
// so timeouts of the runner itself never run on mocked time.
const realTimers = {
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  setImmediate: timers.setImmediate,
};

function nowNs() { return pm.hrtimeNs(); }

// Milliseconds from a nowNs() start, as node reports them (float).
function elapsedMs(startNs) { return (pm.hrtimeNs() - startNs) / 1e6; }

let sourceLines;

// The column node gives for the call at (line, column): JavaScriptCore
// points at the call's '(', V8 at the callee's last name (`skip` in
// `test.skip(`), so step back over that name.
function calleeColumn(file, line, column) {
  sourceLines ??= new Map();
  let lines = sourceLines.get(file);
  if (lines === undefined) {
    try {
      lines = internalBinding('fs').readFileUtf8(file).split('\n');
    } catch {
      lines = null;
    }
    sourceLines.set(file, lines);
  }
  const text = lines?.[line - 1];
  if (text === undefined || text[column - 1] !== '(') return column;
  let i = column - 1;
  while (i > 0 && /[\w$]/.test(text[i - 1])) i--;
  return i + 1;
}

// {file, line, column} of the user code calling the function `fn`.
function callerLocation(fn) {
  const holder = {};
  Error.captureStackTrace(holder, fn);
  const frame = String(holder.stack).split('\n')[1];
  const m = frame && /\(?([^()\s]+):(\d+):(\d+)\)?$/.exec(frame);
  if (!m) return { file: undefined, line: undefined, column: undefined };
  const file = m[1];
  const line = Number(m[2]);
  return { file, line, column: calleeColumn(file, line, Number(m[3])) };
}

// "2 subtests failed" / "1 subtest failed".
function subtestsFailedText(n) { return `${n} subtest${n === 1 ? '' : 's'} failed`; }

module.exports = { realTimers, nowNs, elapsedMs, callerLocation, subtestsFailedText };
