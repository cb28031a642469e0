'use strict';
// readline's Interface: lines out of a Readable, with a line editor and
// history when the interface is a terminal. node:readline adds the
// callback question(), readline/promises the promise one.
//
// Not a terminal: input text is split at \n, \r\n and \r (a \r\n split
// across chunks within crlfDelay ms counts once); a last line without a
// newline comes out at 'end'. Terminal: 'keypress' events drive an edit
// buffer (this.line, this.cursor) that is redrawn on the output.

const EventEmitter = require('events');
const { codes } = require('internal/errors');
const { validateAbortSignal, validateNumber, validateUint32 } = require('internal/validators');
const keys = require('internal/readline_keys');

// Bytes split inside a character wait for the rest (TextDecoder's stream
// mode); a byte order mark is text like any other, as in node.
const { TextDecoder } = require('internal/encoding');
const kStream = { stream: true };

const kLineSplit = /\r\n|\n|\r|\u2028|\u2029/;
const kQuestion = Symbol('kQuestion');
const kQuestionReject = Symbol('kQuestionReject');
const kOldPrompt = Symbol('kOldPrompt');
const kListeners = Symbol('kListeners');
const kSawReturnAt = Symbol('kSawReturnAt');
const kPrevRows = Symbol('kPrevRows');
const kSearch = Symbol('kSearch');
const kUndo = Symbol('kUndo');
const kRedo = Symbol('kRedo');
const kKillRing = Symbol('kKillRing');
const kKillAt = Symbol('kKillAt');
const kYanking = Symbol('kYanking');
const kBuffer = Symbol('kBuffer');
const kDecoder = Symbol('kDecoder');
const kEndPos = Symbol('kEndPos');
const kEscapeCodeTimeout = 500;
const kPrevKey = Symbol('kPrevKey');
// How Tab asks the completer: set per flavour of Interface (deriveInterface).
const kTabComplete = Symbol('kTabComplete');

// createInterface(options) or createInterface(input, output, completer, terminal).
function readOptions(input, output, completer, terminal) {
  if (input && input.input !== undefined) return input;
  return { input, output, completer, terminal };
}

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  const opts = readOptions(input, output, completer, terminal);
  let historySize = opts.historySize;
  if (historySize === undefined) historySize = 30;
  validateNumber(historySize, 'size', 0);
  let history = opts.history;
  if (history === undefined) history = [];
  else if (!Array.isArray(history)) throw new codes.ERR_INVALID_ARG_TYPE('history', 'Array', history);
  if (opts.completer !== undefined && typeof opts.completer !== 'function') {
    throw new codes.ERR_INVALID_ARG_VALUE('completer', opts.completer);
  }
  if (opts.signal !== undefined) validateAbortSignal(opts.signal, 'options.signal');
  const useTerminal = opts.terminal === undefined ? !!(opts.output && opts.output.isTTY) : !!opts.terminal;

  this.input = opts.input;
  this.output = opts.output;
  this.terminal = useTerminal;
  this.line = '';
  this.history = history;
  this.historySize = historySize;
  this.removeHistoryDuplicates = !!opts.removeHistoryDuplicates;
  this.crlfDelay = opts.crlfDelay ? Math.max(100, opts.crlfDelay) : 100;
  this.tabSize = 8;
  if (opts.tabSize !== undefined) {
    validateUint32(opts.tabSize, 'tabSize', true);
    this.tabSize = opts.tabSize;
  }
  // How long an ESC at the end of the input waits for the rest of an
  // escape sequence before it is the Escape key (read by
  // emitKeypressEvents when the interface is a terminal). Node's error
  // names the default, not the value given.
  this.escapeCodeTimeout = kEscapeCodeTimeout;
  if (opts.escapeCodeTimeout !== undefined) {
    if (!Number.isFinite(opts.escapeCodeTimeout)) {
      throw new codes.ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
    }
    this.escapeCodeTimeout = opts.escapeCodeTimeout;
  }
  this.completer = opts.completer;
  this.isCompletionEnabled = true;
  this._prompt = opts.prompt === undefined ? '> ' : `${opts.prompt}`;
  this[kQuestion] = null;
  this[kOldPrompt] = '';
  this[kSawReturnAt] = 0;
  this[kPrevRows] = 0;
  this.historyIndex = -1;
  // The text before the cursor when Up/Down started walking the history
  // (only entries starting with it are shown), or null.
  this[kSearch] = null;
  this[kUndo] = [];
  this[kRedo] = [];
  // Text deleted with Ctrl+U/Ctrl+K, newest first, for Ctrl+Y and Alt+Y.
  this[kKillRing] = [];
  this[kKillAt] = 0;
  this[kYanking] = false;
  this[kBuffer] = '';
  this[kDecoder] = new TextDecoder('utf-8', { ignoreBOM: true });
  this[kEndPos] = null;
  this[kPrevKey] = null;

  const source = this.input;
  // The input ending finishes the last line: the text after the last line
  // end, or in a terminal the line being edited. It is a 'line' event even
  // while a question waits for an answer.
  const onEnd = () => {
    if (!this.terminal && this[kBuffer].length > 0) {
      const rest = this[kBuffer];
      this[kBuffer] = '';
      this.emit('line', rest);
    } else if (this.terminal && typeof this.line === 'string' && this.line.length > 0) {
      this.emit('line', this.line);
    }
    this.close();
  };
  // An input error is the interface's error; the interface stays open.
  const listeners = { end: onEnd, error: (err) => this.emit('error', err) };
  if (this.terminal) {
    this.cursor = 0;
    keys.emitKeypressEvents(source, this);
    listeners.keypress = (ch, key) => this._ttyWrite(ch, key);
    if (typeof source.setRawMode === 'function') source.setRawMode(true);
  } else {
    listeners.data = (chunk) => this._normalWrite(chunk);
  }
  this[kListeners] = listeners;
  for (const event of Object.keys(listeners)) source.on(event, listeners[event]);
  if (this.terminal && this.output && typeof this.output.on === 'function') {
    listeners.resize = () => this._refreshLine();
    this.output.on('resize', listeners.resize);
  }
  if (opts.signal) {
    const onAbort = () => this.close();
    if (opts.signal.aborted) process.nextTick(onAbort);
    else {
      opts.signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => opts.signal.removeEventListener('abort', onAbort));
    }
  }
  if (typeof source.resume === 'function') source.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

const BaseInterface = Interface;
const proto = Interface.prototype;

Object.defineProperty(proto, 'columns', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return this.output && this.output.columns ? this.output.columns : Infinity;
  },
});

proto.getPrompt = function getPrompt() {
  return this._prompt;
};

proto.setPrompt = function setPrompt(prompt) {
  this._prompt = `${prompt}`;
};

function checkOpen(rl) {
  if (rl.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
}

proto.prompt = function prompt(preserveCursor) {
  checkOpen(this);
  if (this.paused) this.resume();
  if (this.terminal) {
    if (!preserveCursor) this.cursor = 0;
    this._refreshLine();
  } else {
    writeOut(this, this._prompt);
  }
};

function writeOut(rl, text) {
  if (rl.output !== null && rl.output !== undefined && text !== '') rl.output.write(text);
}

// Asks `query`; the next line goes to `answer` instead of 'line'. While a
// question waits, another one only prompts again.
proto._askQuestion = function _askQuestion(query, answer) {
  checkOpen(this);
  if (this[kQuestion] !== null) {
    this.prompt();
    return;
  }
  this[kOldPrompt] = this._prompt;
  this.setPrompt(query);
  this[kQuestion] = answer;
  this.prompt();
};

// A question's signal aborted: the old prompt comes back and the line
// typed so far is left behind.
function cancelQuestion(rl) {
  if (rl[kQuestion] === null) return;
  rl[kQuestion] = null;
  rl.setPrompt(rl[kOldPrompt]);
  rl.clearLine();
}

proto.question = function question(query, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  const signal = options && options.signal;
  if (signal !== undefined) {
    validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    const onAbort = () => cancelQuestion(this);
    signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => signal.removeEventListener('abort', onAbort);
    const given = cb;
    // Without a callback the question is still asked (node does so).
    cb = typeof given === 'function' ? (answer) => {
      cleanup();
      given(answer);
    } : cleanup;
  }
  if (typeof cb !== 'function') return;
  this._askQuestion(query, cb);
};

// question() as a promise (readline/promises, and util.promisify of the
// callback form): an aborted signal rejects with an AbortError, and so do
// Ctrl+C and Ctrl+D when they close the interface.
function askAsPromise(rl, query, options) {
  return new Promise((resolve, reject) => {
    const signal = options ? options.signal : undefined;
    let answer = resolve;
    if (signal !== undefined) {
      validateAbortSignal(signal, 'options.signal');
      const { AbortError } = require('internal/errors');
      if (signal.aborted) {
        reject(new AbortError(undefined, { cause: signal.reason }));
        return;
      }
      const onAbort = () => {
        cancelQuestion(rl);
        reject(new AbortError(undefined, { cause: signal.reason }));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      answer = (line) => {
        signal.removeEventListener('abort', onAbort);
        resolve(line);
      };
    }
    rl._askQuestion(query, answer);
    rl[kQuestionReject] = reject;
  });
}

// Ctrl+C or Ctrl+D closed the interface: a promised answer will not come.
function rejectQuestion(rl, how) {
  const reject = rl[kQuestionReject];
  if (reject === undefined) return;
  rl[kQuestionReject] = undefined;
  const { AbortError } = require('internal/errors');
  reject(new AbortError(`Aborted with ${how}`));
}

proto._onLine = function _onLine(line) {
  const answer = this[kQuestion];
  if (answer !== null) {
    this[kQuestion] = null;
    this.setPrompt(this[kOldPrompt]);
    answer(line);
  } else {
    this.emit('line', line);
  }
};

// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR end lines too
// (two indexOf calls scan faster than one regular expression).
function nextSeparator(text, from) {
  const ls = text.indexOf('\u2028', from);
  const ps = text.indexOf('\u2029', from);
  return ls === -1 || (ps !== -1 && ps < ls) ? ps : ls;
}

proto._normalWrite = function _normalWrite(chunk) {
  let text = typeof chunk === 'string' ? chunk : this[kDecoder].decode(chunk, kStream);
  if (text.length === 0) return;
  // A \n right after a \r that ended the last chunk finishes nothing new.
  if (this[kSawReturnAt] !== 0 && text[0] === '\n' && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
    text = text.slice(1);
  }
  this[kSawReturnAt] = text.endsWith('\r') ? Date.now() : 0;
  // Only the new text is searched: the carried-over text holds no line end
  // and stays a cheap concatenation (a long line without one never gets
  // copied chunk after chunk). Each kind of line end is looked for again
  // only once passed.
  let head = this[kBuffer];
  let start = 0;
  let nl = text.indexOf('\n');
  let cr = text.indexOf('\r');
  let sep = nextSeparator(text, 0);
  while (nl !== -1 || cr !== -1 || sep !== -1) {
    let end = nl;
    let next = nl + 1;
    if (cr !== -1 && (end === -1 || cr < end)) {
      end = cr;
      next = text[cr + 1] === '\n' ? cr + 2 : cr + 1;
    }
    if (sep !== -1 && (end === -1 || sep < end)) {
      end = sep;
      next = sep + 1;
    }
    const line = head + text.slice(start, end);
    head = '';
    this[kBuffer] = '';
    // Node hands out every line of the chunk even if one of them closes
    // the interface.
    this._onLine(line);
    start = next;
    if (nl !== -1 && nl < start) nl = text.indexOf('\n', start);
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
    if (sep !== -1 && sep < start) sep = nextSeparator(text, start);
  }
  this[kBuffer] = head + (start === 0 ? text : text.slice(start));
};

proto.write = function write(data, key) {
  checkOpen(this);
  if (this.paused) this.resume();
  if (this.terminal) this._ttyWrite(data, key || {});
  else this._normalWrite(data);
};

proto.pause = function pause() {
  checkOpen(this);
  if (this.paused) return this;
  if (typeof this.input.pause === 'function') this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

proto.resume = function resume() {
  checkOpen(this);
  if (!this.paused) return this;
  if (typeof this.input.resume === 'function') this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

proto.close = function close() {
  if (this.closed) return;
  this.pause();
  if (this.terminal && typeof this.input.setRawMode === 'function') this.input.setRawMode(false);
  const listeners = this[kListeners];
  for (const event of Object.keys(listeners)) {
    if (event === 'resize') this.output.removeListener('resize', listeners.resize);
    else this.input.removeListener(event, listeners[event]);
  }
  this.closed = true;
  this.emit('close');
};

if (typeof Symbol.dispose === 'symbol') {
  proto[Symbol.dispose] = function dispose() {
    this.close();
  };
}

// Drops the line being edited: the cursor goes past it to a new line.
proto.clearLine = function clearLine() {
  if (this.terminal) moveTo(this, this.line.length);
  writeOut(this, '\r\n');
  this.line = '';
  this.cursor = 0;
  this[kPrevRows] = 0;
};

proto.getCursorPos = function getCursorPos() {
  if (this.cursor === this.line.length) return { ...endPos(this) };
  const text = this._prompt + this.line.slice(0, this.cursor || 0);
  return toPos(measure(text, this.columns, this.tabSize), this.columns);
};

// Where writing `text` from the start of a row leaves the cursor, as a
// count of rows ended by line breaks and an offset into the current line
// (which wraps every `columns`). Colour codes take no room, wide
// characters two columns (moving to the next row rather than straddle the
// edge), a tab up to the next multiple of tabSize. `from` continues an
// earlier measure.
function measure(text, columns, tabSize, from = undefined) {
  let rows = from === undefined ? 0 : from.rows;
  let offset = from === undefined ? 0 : from.offset;
  if (/^[\x20-\x7e]*$/.test(text)) {
    // Printable ASCII: one column each, so only arithmetic.
    return { rows, offset: offset + text.length };
  }
  const { getStringWidth } = require('internal/util/inspect');
  for (const ch of require('util').stripVTControlCharacters(text)) {
    if (ch === '\n') {
      rows += Math.ceil(offset / columns) || 1;
      offset = 0;
    } else if (ch === '\t') {
      offset += tabSize - (offset % tabSize);
    } else {
      const width = getStringWidth(ch, false);
      if (width === 2 && (offset + 1) % columns === 0) offset++;
      offset += width;
    }
  }
  return { rows, offset };
}

// rows/cols on screen of a measure.
function toPos(m, columns) {
  const cols = m.offset % columns;
  return { cols, rows: m.rows + (m.offset - cols) / columns };
}

// Where prompt + line ends on screen, remembered for the line it was
// computed for, so typing at the end costs the same on a long line.
function endMeasure(rl) {
  const cache = rl[kEndPos];
  const columns = rl.columns;
  if (cache !== null && cache.line === rl.line && cache.prompt === rl._prompt && cache.columns === columns &&
      cache.tabSize === rl.tabSize) {
    return cache;
  }
  return remember(rl, measure(rl._prompt + rl.line, columns, rl.tabSize));
}

function remember(rl, m) {
  const columns = rl.columns;
  const cache = { line: rl.line, prompt: rl._prompt, columns, tabSize: rl.tabSize, m, pos: toPos(m, columns) };
  rl[kEndPos] = cache;
  return cache;
}

function endPos(rl) {
  return endMeasure(rl).pos;
}

// The length of the character before/at `at` (2 for a surrogate pair).
function charBefore(line, at) {
  return at >= 2 && line.codePointAt(at - 2) > 0xffff ? 2 : 1;
}

function charAt(line, at) {
  return line.codePointAt(at) > 0xffff ? 2 : 1;
}

// ---- the terminal line editor ----------------------------------------------

proto._refreshLine = function _refreshLine() {
  if (!this.output) return;
  const full = this._prompt + this.line;
  const end = endPos(this);
  const at = this.getCursorPos();
  let out = '';
  if (this[kPrevRows] > 0) out += `${keys.ESC}[${this[kPrevRows]}A`;
  out += `${keys.ESC}[1G${keys.ESC}[0J${full}`;
  // Ending at a column boundary, the terminal holds the cursor on the last
  // column until something follows: a space makes it take the next row.
  if (end.cols === 0) out += ' ';
  out += `${keys.ESC}[${at.cols + 1}G`;
  if (end.rows > at.rows) out += `${keys.ESC}[${end.rows - at.rows}A`;
  this[kPrevRows] = at.rows;
  this.output.write(out);
};

function moveTo(rl, cursor) {
  const before = rl.getCursorPos();
  rl.cursor = Math.max(0, Math.min(cursor, rl.line.length));
  const after = rl.getCursorPos();
  if (before.rows !== after.rows) {
    rl._refreshLine();
    return;
  }
  keys.moveCursor(rl.output, after.cols - before.cols, 0);
}

function insert(rl, text) {
  beforeEdit(rl);
  const atEnd = rl.cursor === rl.line.length;
  if (atEnd) {
    const before = endMeasure(rl).pos;
    const m = measure(text, rl.columns, rl.tabSize, endMeasure(rl).m);
    rl.line += text;
    rl.cursor = rl.line.length;
    const pos = remember(rl, m).pos;
    // Text typed onto a new row is drawn with the whole line, as node
    // does; pasted text (isCompletionEnabled off for all but a chunk's last
    // key) is only echoed, and the terminal wraps it.
    if (pos.rows > before.rows && rl.isCompletionEnabled !== false) {
      rl._refreshLine();
      return;
    }
    writeOut(rl, text);
    rl[kPrevRows] = pos.rows;
  } else {
    rl.line = rl.line.slice(0, rl.cursor) + text + rl.line.slice(rl.cursor);
    rl.cursor += text.length;
    rl._refreshLine();
  }
}

function edit(rl, line, cursor) {
  rl.line = line;
  rl.cursor = cursor;
  rl._refreshLine();
}

// A word is a run of word characters or a run of punctuation, so
// "bar.hop" is three stops: "bar", ".", "hop". Leftwards the blanks before
// the cursor go with the word before them; rightwards the blanks after a
// word go with it.
// (Scanned backwards by hand: a regular expression anchored at the end
// would retry from every position of a long line.)
const kBlank = /\s/;
const kWordChar = /\w/;
function wordLeft(line, cursor) {
  let i = cursor;
  while (i > 0 && kBlank.test(line[i - 1])) i--;
  if (i === 0) return 0;
  const word = kWordChar.test(line[i - 1]);
  while (i > 0 && !kBlank.test(line[i - 1]) && kWordChar.test(line[i - 1]) === word) i--;
  return i;
}

function wordRight(line, cursor) {
  const m = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(line.slice(cursor));
  return m ? cursor + m[0].length : line.length;
}

// Where deleting a word rightwards stops: as wordRight, except that a run
// of non-word characters takes the blanks inside it too.
function wordRightDelete(line, cursor) {
  const m = /^(?:\s+|\W+|\w+)\s*/.exec(line.slice(cursor));
  return m ? cursor + m[0].length : line.length;
}

function addHistory(rl, line) {
  if (rl.historySize === 0 || line.trim().length === 0) return;
  const history = rl.history;
  if (rl.removeHistoryDuplicates) {
    const at = history.indexOf(line);
    if (at !== -1) history.splice(at, 1);
  }
  if (history[0] !== line) history.unshift(line);
  while (history.length > rl.historySize) history.pop();
  // The array itself, as node emits it: a listener may edit the history.
  rl.emit('history', history);
}

function submitLine(rl) {
  const line = rl.line;
  addHistory(rl, line);
  rl[kUndo] = [];
  rl[kRedo] = [];
  rl.line = '';
  rl.cursor = 0;
  rl[kPrevRows] = 0;
  rl.historyIndex = -1;
  writeOut(rl, '\r\n');
  rl._onLine(line);
}

// ---- undo, redo and the kill ring -------------------------------------------

const kUndoLimit = 2048;
const kKillRingLimit = 32;

// Every edit first records the line and cursor it changes, for Ctrl+_.
function beforeEdit(rl) {
  const undo = rl[kUndo];
  undo.push({ line: rl.line, cursor: rl.cursor });
  if (undo.length > kUndoLimit) undo.shift();
}

// Ctrl+_ (undo) moves the line back one edit, Ctrl+^ (redo) forward.
function undoStep(rl, from, to) {
  if (from.length === 0) return;
  to.push({ line: rl.line, cursor: rl.cursor });
  const state = from.pop();
  edit(rl, state.line, state.cursor);
}

function kill(rl, text) {
  const ring = rl[kKillRing];
  if (text === '' || text === ring[0]) return;
  ring.unshift(text);
  rl[kKillAt] = 0;
  if (ring.length > kKillRingLimit) ring.pop();
}

function deleteLineLeft(rl) {
  beforeEdit(rl);
  kill(rl, rl.line.slice(0, rl.cursor));
  edit(rl, rl.line.slice(rl.cursor), 0);
}

function deleteLineRight(rl) {
  beforeEdit(rl);
  kill(rl, rl.line.slice(rl.cursor));
  edit(rl, rl.line.slice(0, rl.cursor), rl.cursor);
}

// Ctrl+Y types the newest killed text; Alt+Y right after swaps what was
// just typed for the next older one, round the ring.
function yank(rl) {
  const ring = rl[kKillRing];
  if (ring.length === 0) return;
  rl[kYanking] = true;
  insert(rl, ring[rl[kKillAt]]);
}

function yankPop(rl) {
  const ring = rl[kKillRing];
  if (!rl[kYanking] || ring.length < 2) return;
  const last = ring[rl[kKillAt]];
  rl[kKillAt] = (rl[kKillAt] + 1) % ring.length;
  const next = ring[rl[kKillAt]];
  const head = rl.line.slice(0, rl.cursor - last.length);
  edit(rl, head + next + rl.line.slice(rl.cursor), head.length + next.length);
}

// Up (dir 1) walks back through the history, down (-1) forward. Only
// entries that start with the text that was before the cursor when the
// walk began count, and one equal to the line shown is passed over; past
// either end the line is that text again.
function historyStep(rl, dir) {
  const history = rl.history;
  if (dir > 0 ? rl.historyIndex >= history.length || history.length === 0 : rl.historyIndex < 0) return;
  beforeEdit(rl);
  const search = rl[kSearch] || '';
  let index = rl.historyIndex + dir;
  while (index >= 0 && index < history.length && (!history[index].startsWith(search) || history[index] === rl.line)) {
    index += dir;
  }
  rl.historyIndex = index;
  const line = index < 0 || index >= history.length ? search : history[index];
  edit(rl, line, line.length);
}

// Tab: the completer gets the text before the cursor and answers
// [completions, completeOn]. node:readline calls it with a callback (a
// one-argument completer is wrapped to answer through one), readline/
// promises awaits what it returns. The input is paused meanwhile.
function completeWithCallback(rl, lastWasTab) {
  rl.pause();
  rl.completer(rl.line.slice(0, rl.cursor), (err, value) => {
    // Closed meanwhile: nothing to resume or complete.
    if (rl.closed) return;
    rl.resume();
    if (err) {
      completionError(rl, err);
      return;
    }
    applyCompletion(rl, lastWasTab, value);
  });
}

async function completeWithPromise(rl, lastWasTab) {
  rl.pause();
  let value;
  try {
    value = await rl.completer(rl.line.slice(0, rl.cursor));
  } catch (err) {
    completionError(rl, err);
    return;
  } finally {
    if (!rl.closed) rl.resume();
  }
  if (!rl.closed) applyCompletion(rl, lastWasTab, value);
}

function completionError(rl, err) {
  const { inspect } = require('internal/util/inspect');
  writeOut(rl, `Tab completion error: ${inspect(err)}`);
}

// What the candidates share beyond completeOn is typed at once; a prefix
// that is not an extension of completeOn replaces it. Only a second Tab
// in a row lists the candidates ('' starts a new group).
function applyCompletion(rl, lastWasTab, value) {
  if (value === null || value === undefined) return;
  const completions = value[0];
  const completeOn = `${value[1]}`;
  if (!completions || completions.length === 0) return;
  const prefix = commonPrefix(completions.filter((c) => c !== ''));
  if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
    insert(rl, prefix.slice(completeOn.length));
    return;
  }
  if (!completeOn.startsWith(prefix)) {
    const at = rl.cursor - completeOn.length;
    edit(rl, rl.line.slice(0, at) + prefix + rl.line.slice(rl.cursor), at + prefix.length);
    return;
  }
  if (!lastWasTab) return;
  beforeEdit(rl);
  writeOut(rl, completionTable(completions, rl.columns));
  rl[kPrevRows] = 0;
  rl._refreshLine();
}

// The candidates in columns two wider than the widest, as many to a row
// as the output is wide (one when its width is unknown); an empty string
// ends a group with a blank line.
function completionTable(list, columns) {
  const { getStringWidth } = require('internal/util/inspect');
  const widths = list.map((c) => getStringWidth(c));
  const width = Math.max(...widths) + 2;
  let perRow = Math.floor(columns / width) || 1;
  if (perRow === Infinity) perRow = 1;
  let text = '\r\n';
  let inRow = 0;
  let pad = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '' || inRow === perRow) {
      text += '\r\n';
      inRow = 0;
      pad = 0;
    } else {
      text += ' '.repeat(pad);
    }
    if (list[i] === '') {
      text += '\r\n';
      continue;
    }
    text += list[i];
    pad = width - widths[i];
    inRow++;
  }
  if (inRow !== 0) text += '\r\n\r\n';
  return text;
}

function commonPrefix(list) {
  if (list.length === 0) return '';
  let prefix = list[0];
  for (const item of list) {
    while (!item.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}

const kCtrlActions = {
  __proto__: null,
  a: (rl) => moveTo(rl, 0),
  e: (rl) => moveTo(rl, rl.line.length),
  b: (rl) => moveTo(rl, rl.cursor - charBefore(rl.line, rl.cursor)),
  f: (rl) => moveTo(rl, rl.cursor + charAt(rl.line, rl.cursor)),
  h: (rl) => deleteLeft(rl),
  u: deleteLineLeft,
  k: deleteLineRight,
  y: yank,
  w: (rl) => deleteWordLeft(rl),
  n: (rl) => historyStep(rl, -1),
  p: (rl) => historyStep(rl, 1),
  l: (rl) => {
    keys.cursorTo(rl.output, 0, 0);
    keys.clearScreenDown(rl.output);
    rl[kPrevRows] = 0;
    rl._refreshLine();
  },
  c: (rl) => {
    if (rl.listenerCount('SIGINT') > 0) {
      rl.emit('SIGINT');
      return;
    }
    rl.close();
    rejectQuestion(rl, 'Ctrl+C');
  },
  d: (rl) => {
    if (rl.cursor === 0 && rl.line.length === 0) {
      rl.close();
      rejectQuestion(rl, 'Ctrl+D');
    } else {
      deleteRight(rl);
    }
  },
  z: (rl) => suspend(rl),
  left: (rl) => moveTo(rl, wordLeft(rl.line, rl.cursor)),
  right: (rl) => moveTo(rl, wordRight(rl.line, rl.cursor)),
  backspace: (rl) => deleteWordLeft(rl),
  delete: (rl) => deleteWordRight(rl),
};

const kMetaActions = {
  __proto__: null,
  b: kCtrlActions.left,
  f: kCtrlActions.right,
  d: kCtrlActions.delete,
  delete: kCtrlActions.delete,
  backspace: kCtrlActions.backspace,
  y: yankPop,
};

// Ctrl+Z: a 'SIGTSTP' listener decides; otherwise the process stops itself
// with the terminal in its normal mode, and the kill() returns only once
// the shell has continued it ('SIGCONT').
function suspend(rl) {
  if (rl.listenerCount('SIGTSTP') > 0) {
    rl.emit('SIGTSTP');
    return;
  }
  const input = rl.input;
  const canRaw = typeof input.setRawMode === 'function';
  rl.pause();
  if (canRaw) input.setRawMode(false);
  process.kill(process.pid, 'SIGTSTP');
  if (rl.closed) return;
  if (canRaw) input.setRawMode(true);
  rl.resume();
  rl[kPrevRows] = 0;
  rl._refreshLine();
  rl.emit('SIGCONT');
}

function deleteLeft(rl) {
  if (rl.cursor === 0) return;
  beforeEdit(rl);
  const from = rl.cursor - charBefore(rl.line, rl.cursor);
  edit(rl, rl.line.slice(0, from) + rl.line.slice(rl.cursor), from);
}

function deleteRight(rl) {
  if (rl.cursor >= rl.line.length) return;
  beforeEdit(rl);
  edit(rl, rl.line.slice(0, rl.cursor) + rl.line.slice(rl.cursor + charAt(rl.line, rl.cursor)), rl.cursor);
}

function deleteWordLeft(rl) {
  if (rl.cursor === 0) return;
  beforeEdit(rl);
  const from = wordLeft(rl.line, rl.cursor);
  edit(rl, rl.line.slice(0, from) + rl.line.slice(rl.cursor), from);
}

function deleteWordRight(rl) {
  if (rl.cursor >= rl.line.length) return;
  beforeEdit(rl);
  edit(rl, rl.line.slice(0, rl.cursor) + rl.line.slice(wordRightDelete(rl.line, rl.cursor)), rl.cursor);
}

const kPlainActions = {
  __proto__: null,
  backspace: deleteLeft,
  delete: deleteRight,
  left: (rl) => moveTo(rl, rl.cursor - charBefore(rl.line, rl.cursor)),
  right: (rl) => moveTo(rl, rl.cursor + charAt(rl.line, rl.cursor)),
  home: (rl) => moveTo(rl, 0),
  end: (rl) => moveTo(rl, rl.line.length),
  up: (rl) => historyStep(rl, 1),
  down: (rl) => historyStep(rl, -1),
};

proto._ttyWrite = function _ttyWrite(ch, key) {
  key = key || {};
  const lastWasTab = this[kPrevKey] !== null && this[kPrevKey].name === 'tab';
  this[kPrevKey] = key;
  const name = key.name;
  // Alt+Y only follows Ctrl+Y or another Alt+Y.
  if (!key.meta || name !== 'y') this[kYanking] = false;
  // Up and Down (alone) walk the history among the entries that start
  // with what is before the cursor; any other key ends the walk.
  if ((name === 'up' || name === 'down') && !key.ctrl && !key.meta && !key.shift) {
    if (this[kSearch] === null) this[kSearch] = this.line.slice(0, this.cursor);
  } else if (this[kSearch] !== null) {
    this[kSearch] = null;
    if (this.historyIndex === this.history.length) this.historyIndex = -1;
  }
  // Ctrl+_ and Ctrl+^ (which decode to no name) undo and redo.
  if (typeof key.sequence === 'string') {
    if (key.sequence[0] === '\u001f') {
      undoStep(this, this[kUndo], this[kRedo]);
      return;
    }
    if (key.sequence[0] === '\u001e') {
      undoStep(this, this[kRedo], this[kUndo]);
      return;
    }
  }
  // The Escape key on its own does nothing.
  if (name === 'escape') return;
  // With a modifier held, only the keys bound to it act; nothing is typed.
  if (key.ctrl && key.shift) {
    if (name === 'backspace') deleteLineLeft(this);
    else if (name === 'delete') deleteLineRight(this);
    return;
  }
  if (key.ctrl) {
    if (kCtrlActions[name]) kCtrlActions[name](this);
    return;
  }
  if (key.meta) {
    if (kMetaActions[name]) kMetaActions[name](this);
    return;
  }
  if (name === 'return') {
    this[kSawReturnAt] = Date.now();
    submitLine(this);
    return;
  }
  if (name === 'enter') {
    // The \n of a \r\n pair.
    const pair = this[kSawReturnAt] !== 0 && Date.now() - this[kSawReturnAt] <= this.crlfDelay;
    this[kSawReturnAt] = 0;
    if (!pair) submitLine(this);
    return;
  }
  this[kSawReturnAt] = 0;
  if (kPlainActions[name]) {
    kPlainActions[name](this);
    return;
  }
  if (name === 'tab' && typeof this.completer === 'function' && this.isCompletionEnabled) {
    this[kTabComplete](this, lastWasTab);
    return;
  }
  if (typeof ch === 'string' && ch.length > 0) {
    // Pasted text may hold several lines.
    const lines = ch.split(kLineSplit);
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) submitLine(this);
      if (lines[i].length > 0) insert(this, lines[i]);
    }
  }
};

// for await (const line of rl): one iterator per interface, however many
// loops ask for it. Lines nobody has asked for yet are queued; more than
// kLineQueueHigh of them pause the interface until the queue is empty
// again. The interface's 'error' rejects the next read (after the queued
// lines); 'close' ends the iteration; leaving a loop early stops listening
// but leaves the interface open.
const kLineIterator = Symbol('kLineIterator');
const kLineQueueHigh = 1024;
const kLineQueueLow = 1;

proto[Symbol.asyncIterator] = function asyncIterator() {
  if (this[kLineIterator] === undefined) this[kLineIterator] = lineIterator(this);
  return this[kLineIterator];
};

function lineIterator(rl) {
  let queue = [];
  let head = 0;  // queue[head] is the next line to hand out
  const waiting = [];
  let failure = null;
  let done = false;
  let paused = false;
  const size = () => queue.length - head;

  const onLine = (line) => {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: line, done: false });
      return;
    }
    queue.push(line);
    if (!paused && size() > kLineQueueHigh) {
      paused = true;
      rl.pause();
    }
  };
  const finish = () => {
    if (done) return;
    done = true;
    rl.removeListener('line', onLine);
    rl.removeListener('error', onError);
    rl.removeListener('close', finish);
    while (waiting.length > 0) waiting.shift().resolve({ value: undefined, done: true });
  };
  const onError = (err) => {
    if (waiting.length > 0) waiting.shift().reject(err);
    else failure = err;
    finish();
  };
  rl.on('line', onLine);
  rl.on('error', onError);
  rl.on('close', finish);
  if (rl.closed) finish();

  const iterator = {
    __proto__: Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})())),
    next() {
      if (size() > 0) {
        const value = queue[head];
        queue[head++] = undefined;
        if (head === queue.length) {
          queue = [];
          head = 0;
        }
        if (paused && size() < kLineQueueLow) {
          paused = false;
          if (!rl.closed) rl.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (failure !== null) {
        const err = failure;
        failure = null;
        return Promise.reject(err);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      onError(err);
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  // How full the queue is, as node exposes it (for tests of the pausing).
  iterator[Symbol.for('nodejs.watermarkData')] = {
    get size() { return size(); },
    get low() { return kLineQueueLow; },
    get high() { return kLineQueueHigh; },
    get isPaused() { return paused; },
  };
  return iterator;
}

proto[kTabComplete] = completeWithPromise;

// node:readline and readline/promises each export their own Interface
// (they differ in question() and in how Tab calls the completer) over
// this one. With `callbackCompleter` the completer answers through a
// callback, and a completer taking one argument is wrapped to do so.
function deriveInterface(callbackCompleter = false) {
  function Interface(input, output, completer, terminal) {
    if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
    BaseInterface.call(this, input, output, completer, terminal);
    const answer = this.completer;
    if (callbackCompleter && typeof answer === 'function' && answer.length !== 2) {
      this.completer = (line, callback) => callback(null, answer(line));
    }
  }
  Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
  Object.setPrototypeOf(Interface, BaseInterface);
  if (callbackCompleter) Interface.prototype[kTabComplete] = completeWithCallback;
  // A plain function, as in node, so `new createInterface()` works too.
  function createInterface(input, output, completer, terminal) {
    return new Interface(input, output, completer, terminal);
  }
  return { Interface, createInterface };
}

module.exports = { Interface, deriveInterface, askAsPromise };
