'use strict';
// Line diff for assertion messages: the "+ actual - expected" block.
//
// The shortest edit script between the two line lists is found with the
// greedy O(ND) algorithm (Myers 1986). Inside each changed block the actual
// lines are listed before the expected ones. Long runs of unchanged lines are
// shortened: a run between changes (or before the first one) keeps its first
// five lines and its last one around a "..." marker; the run after the last
// change keeps five lines.

const kContextLines = 5;
const kSkipThreshold = 8;

// Lines compare without their trailing comma: the last item of a list has
// none, so an item appended after it would otherwise look changed.
const withoutComma = (line) => (line.endsWith(',') ? line.slice(0, -1) : line);

// A line both sides share, shown with its comma if either side has one.
const commonLine = (a, b) => (b.endsWith(',') ? b : a);

// Returns an array of [op, line] with op ' ' (both),
// '+' (actual), '-' (expected).
// (`ignoreCommas` false: items compare as they are.)
function editScript(actualLines, expectedLines, ignoreCommas = true) {
  const actual = ignoreCommas ? actualLines.map(withoutComma) : actualLines;
  const expected = ignoreCommas ? expectedLines.map(withoutComma) : expectedLines;
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  const offset = max + 1;
  const frontier = new Int32Array(2 * max + 3);
  const trace = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      let x;
      if (k === -d || (k !== d && frontier[offset + k - 1] < frontier[offset + k + 1])) {
        x = frontier[offset + k + 1];
      } else {
        x = frontier[offset + k - 1] + 1;
      }
      let y = x - k;
      while (x < n && y < m && actual[x] === expected[y]) {
        x++;
        y++;
      }
      frontier[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the saved frontiers.
  const ops = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    const k = x - y;
    let prevK;
    if (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) prevK = k + 1;
    else prevK = k - 1;
    const prevX = d === 0 ? 0 : v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push([' ', commonLine(actualLines[--x], expectedLines[--y])]);
    }
    if (d === 0) break;
    if (x === prevX) ops.push(['-', expectedLines[--y]]);
    else ops.push(['+', actualLines[--x]]);
  }
  while (x > 0 && y > 0) {
    ops.push([' ', commonLine(actualLines[--x], expectedLines[--y])]);
  }
  ops.reverse();
  return groupChanges(ops);
}

// Within every run of changes: actual lines first, then expected ones.
function groupChanges(ops) {
  const out = [];
  let plus = [];
  let minus = [];
  const flush = () => {
    for (const op of plus) out.push(op);
    for (const op of minus) out.push(op);
    plus = [];
    minus = [];
  };
  for (const op of ops) {
    if (op[0] === ' ') {
      flush();
      out.push(op);
    } else if (op[0] === '+') {
      plus.push(op);
    } else {
      minus.push(op);
    }
  }
  flush();
  return out;
}

// { text, skipped }: the printable diff of two line lists.
function renderDiff(actualLines, expectedLines) {
  const ops = editScript(actualLines, expectedLines);
  let lastChange = -1;
  for (let i = 0; i < ops.length; i++) if (ops[i][0] !== ' ') lastChange = i;
  const out = [];
  let skipped = false;
  let i = 0;
  while (i < ops.length) {
    if (ops[i][0] !== ' ') {
      out.push(`${ops[i][0]} ${ops[i][1]}`);
      i++;
      continue;
    }
    let end = i;
    while (end < ops.length && ops[end][0] === ' ') end++;
    const run = ops.slice(i, end).map((op) => `  ${op[1]}`);
    if (i > lastChange) {
      for (const line of run.slice(0, kContextLines)) out.push(line);
    } else if (run.length >= kSkipThreshold) {
      for (const line of run.slice(0, kContextLines)) out.push(line);
      out.push('...');
      out.push(run[run.length - 1]);
      skipped = true;
    } else {
      for (const line of run) out.push(line);
    }
    i = end;
  }
  return { text: out.join('\n'), skipped };
}

module.exports = { renderDiff, editScript };
