'use strict';
// Where a syntax error is in a module's own text, for the report under a
// fatal error (file:line, the source line, a caret under the offending
// token), as node prints it. JSC gives the SyntaxErrors it reports a line
// but no column, and module code is compiled inside a wrapper; so, once
// compiling failed (never on the normal path):
// - an error on a line past the user's text is in the wrapper's closing
//   part: the text ended too early (node: 'Unexpected end of input' at the
//   end of the text);
// - otherwise the code is cut after a token of the reported line and the
//   cut compiled again in the same wrapper (nothing runs). A cut before the
//   offending token is the valid beginning of a program, so it fails, if
//   at all, after the cut; the first cut that fails with the reported
//   message ends at the offending token. Binary search
//   over the line's tokens keeps that to a few compilations.

const esmBinding = internalBinding('esm');

// Offsets where each line of `text` begins.
function lineStarts(text) {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

// The message of the SyntaxError `compileCut(text)` throws, or undefined.
function failure(compileCut, text) {
  try {
    compileCut(text);
  } catch (err) {
    return err?.message;
  }
  return undefined;
}

// Whether the cut of the code before `end` fails with `message` (so it
// holds the offending token). A cut followed by a closing bracket on a
// line of its own, then by a closing parenthesis: a cut that is a valid
// beginning fails at (or after) the one or the other with a message of
// its own, never twice the same. (Not a character that is no token: the
// engine may read the token after the offending one first, and report
// that. Not the line JSC gives: it may be the line after the token.)
function cutFails(code, end, message, compileCut) {
  const cut = code.slice(0, end);
  return failure(compileCut, `${cut}\n]`) === message && failure(compileCut, `${cut}\n)`) === message;
}

// { line, column, width, message } of the error `message` JSC reported
// on `line` of `code` (column 0-based; width: the carets to draw, -1 for
// no caret line; message: node's text where JSC's says something else).
// compileCut(text) compiles a prefix of `code` as `code` was compiled.
function locate(code, line, message, compileCut) {
  const starts = lineStarts(code);
  if (line > starts.length || message === 'Multiline comment was not closed properly') {
    // V8 stops at the start of an unclosed comment, with no caret.
    const comment = unclosedComment(code);
    if (comment !== -1) {
      const at = lineIndexOf(starts, comment);
      return { line: at + 1, column: 0, width: -1, message: 'Invalid or unexpected token' };
    }
  }
  if (line > starts.length) {
    const last = starts.length - 1;
    return { line: last + 1, column: lineLength(code, starts, last), width: 0, message: 'Unexpected end of input' };
  }
  const lineStart = starts[line - 1];
  const lineEnd = lineStart + lineLength(code, starts, line - 1);
  const spans = esmBinding.tokens(code, lineStart, lineEnd);
  const count = spans.length / 2;
  let low = 0;
  let high = count;  // the first token whose cut fails as the code does, or past the last
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cutFails(code, spans[2 * mid + 1], message, compileCut)) high = mid;
    else low = mid + 1;
  }
  if (low === count) {
    // No cut of the line fails so (the engine saw the error later): the
    // line's first token.
    return { line, column: code.slice(lineStart, lineEnd).search(/\S|$/), width: 1, message };
  }
  const tokenText = (i) => code.slice(spans[2 * i], Math.min(spans[2 * i + 1], lineEnd));
  let at = low;
  let text = message;
  const twice = /^Cannot declare a .*: '(.+)'\.$/.exec(message);
  if (twice !== null) {
    // JSC notices a second declaration after its name: V8 points at it.
    text = `Identifier '${twice[1]}' has already been declared`;
    for (let i = low; i >= 0; i--) {
      if (tokenText(i) === twice[1]) {
        at = i;
        break;
      }
    }
  } else if (low > 0 && tokenText(low - 1) === 'await' && message.startsWith('Unexpected ')) {
    // An await expression where `await` is a name (outside async code).
    text = 'await is only valid in async functions and the top level bodies of modules';
    at = low - 1;
  } else if (message === 'Unexpected EOF' && /^['"]/.test(tokenText(low))) {
    text = 'Invalid or unexpected token';  // JSC's text for an unterminated string
  } else if (/ const declared variable '.+' must have an initializer\.$/.test(message) && low > 0) {
    text = 'Missing initializer in const declaration';
    at = low - 1;
  } else if (/ named '?(?:eval|arguments)'? in strict mode\.$/.test(message)) {
    // JSC: "Cannot declare a variable named eval in strict mode.", after the name.
    const name = / named '?(\w+)/.exec(message)[1];
    text = 'Unexpected eval or arguments in strict mode';
    for (let i = low; i >= 0; i--) {
      if (tokenText(i) === name) {
        at = i;
        break;
      }
    }
  } else if (/^Cannot use the undeclared label '.*'\.$/.test(message)) {
    text = `Undefined label ${message.slice(32, -1)}`;
  } else {
    text = unexpectedTokenText(message, tokenText(low)) ?? message;
  }
  const start = spans[2 * at];
  return { line, column: start - lineStart, width: Math.min(spans[2 * at + 1], lineEnd) - start, message: text };
}

// V8's shorter text for JSC's "Unexpected <kind> '<token>'[. Expected ...]"
// about `token`, or undefined.
function unexpectedTokenText(message, token) {
  const m = /^Unexpected (keyword|token|identifier|number|string literal) '(.*?)'(?:\. .*)?$/.exec(message);
  if (m === null || m[2] !== (m[1] === 'string literal' ? token.slice(1, -1) : token)) return undefined;
  switch (m[1]) {
    case 'identifier': return `Unexpected identifier '${token}'`;
    case 'number': return 'Unexpected number';
    case 'string literal': return 'Unexpected string';
    // V8 has texts of its own for these words where they are reserved.
    case 'keyword': return token === 'let' || token === 'yield' || token === 'await' ? undefined : `Unexpected token '${token}'`;
    default: return `Unexpected token '${token}'`;
  }
}

// Where a `/*` with no `*/` after it starts, or -1.
function unclosedComment(code) {
  const open = code.lastIndexOf('/*');
  if (open === -1 || code.indexOf('*/', open + 2) !== -1) return -1;
  // Not inside a string, template or regular expression literal.
  const spans = esmBinding.tokens(code, 0, open + 1);
  return spans.length !== 0 && spans[spans.length - 1] > open ? -1 : open;
}

// The index of the line holding `offset`.
function lineIndexOf(starts, offset) {
  let index = starts.length - 1;
  while (index > 0 && starts[index] > offset) index--;
  return index;
}

// The length of line `index` without its line break.
function lineLength(code, starts, index) {
  const next = index + 1 < starts.length ? starts[index + 1] - 1 : code.length;
  return next - starts[index] - (next > starts[index] && code[next - 1] === '\r' ? 1 : 0);
}

// Places the SyntaxError `err`, thrown compiling `code` (the module's text
// as compiled, same lines and columns as the file) at `url`, for the fatal
// report; its JSC fields stay but are no longer listed by inspect.
function placeSyntaxError(err, url, code, compileCut) {
  if (err === null || typeof err !== 'object' || err.name !== 'SyntaxError' || typeof err.line !== 'number') return err;
  let site;
  try {
    site = locate(code, err.line, err.message, compileCut);
  } catch {
    return err;  // only the report gets poorer
  }
  if (site.message !== err.message) err.message = site.message;
  markSite(err, url, site.line, site.column, site.width, false);
  return err;
}

// placeSyntaxError for CommonJS code (compiled in the function wrapper).
function placeCommonJsError(err, filename, content) {
  const contextify = internalBinding('contextify');
  return placeSyntaxError(err, filename, content, (cut) => contextify.checkSyntax(cut, filename));
}

// Records where `err` arose in the file at `url` (line 1-based, column
// 0-based); `tight`: no blank line between the caret and the error, as
// node prints a link error (a missing export).
function markSite(err, url, line, column, width, tight) {
  for (const [key, value] of [['sourceURL', url], ['line', line], ['column', column + 1]]) {
    Object.defineProperty(err, key, { __proto__: null, value, configurable: true, writable: true, enumerable: false });
  }
  require('internal/process/execution').markErrorSite(err, { url, line, column, width, tight });
}

// markSite for the token at `offset` of `source` (an early error the
// transform found, or an imported name); `specifier`: with its `as name`.
function markTokenSite(err, url, source, offset, tight, specifier) {
  const starts = lineStarts(source);
  const index = lineIndexOf(starts, offset);
  const lineEnd = index + 1 < starts.length ? starts[index + 1] - 1 : source.length;
  const spans = esmBinding.tokens(source, offset, Math.max(offset + 1, lineEnd));
  let end = spans.length === 0 ? offset + 1 : spans[1];
  // V8 marks an export specifier (`local as exported`) whole.
  if (specifier && spans.length >= 6 && source.slice(spans[2], spans[3]) === 'as') end = spans[5];
  const width = end - offset;
  markSite(err, url, index + 1, offset - starts[index], width, tight);
}

module.exports = { placeSyntaxError, placeCommonJsError, markTokenSite };
