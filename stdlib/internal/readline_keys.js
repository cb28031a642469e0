'use strict';
// Terminal input decoding and output control for readline.
//
// emitKeypressEvents(stream) turns the stream's text into 'keypress'
// events (ch, key): one per character or escape sequence, with key =
// { sequence, name, ctrl, meta, shift } (+ code for escape sequences).
// The cursor helpers write ANSI/VT100 control sequences.

const { codes } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const ESC = '\u001b';
// Bytes split inside a character wait for the rest (TextDecoder's stream
// mode); a byte order mark is text like any other, as in node.
const { TextDecoder } = require('internal/encoding');
const kStream = { stream: true };
const kKeypressState = Symbol('kKeypressState');
// How long a lone ESC waits for the rest of a sequence.
const kEscapeWait = 500;

// CSI/SS3 final letters and numbered "~" keys.
const kLetterKeys = {
  __proto__: null,
  A: 'up', B: 'down', C: 'right', D: 'left', E: 'clear', F: 'end', H: 'home',
  P: 'f1', Q: 'f2', R: 'f3', S: 'f4',
};
const kTildeKeys = {
  __proto__: null,
  1: 'home', 2: 'insert', 3: 'delete', 4: 'end', 5: 'pageup', 6: 'pagedown', 7: 'home', 8: 'end',
  11: 'f1', 12: 'f2', 13: 'f3', 14: 'f4', 15: 'f5', 17: 'f6', 18: 'f7', 19: 'f8', 20: 'f9', 21: 'f10',
  23: 'f11', 24: 'f12',
};

function newKey(sequence) {
  return { sequence, name: undefined, ctrl: false, meta: false, shift: false };
}

// The key for one plain character (no ESC prefix).
function plainKey(ch) {
  const key = newKey(ch);
  if (ch === '\r') key.name = 'return';
  else if (ch === '\n') key.name = 'enter';
  else if (ch === '\t') key.name = 'tab';
  else if (ch === '\b' || ch === '\u007f') key.name = 'backspace';
  else if (ch === ' ') key.name = 'space';
  else if (ch <= '\u001a' && ch !== '\u0000') {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
    key.ctrl = true;
  } else if (/^[a-z0-9]$/.test(ch)) {
    key.name = ch;
  } else if (/^[A-Z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = true;
  }
  return key;
}

// Length of the escape sequence at text[i] (text[i] is ESC), or 0 when the
// text ends inside it (more may come).
function escapeLength(text, i) {
  const next = text[i + 1];
  if (next === undefined) return 0;
  if (next !== '[' && next !== 'O') return 2;
  let j = i + 2;
  if (next === '[' && text[j] === '[') j++;  // linux console F1-F5: ESC [ [ A
  while (j < text.length && /[0-9;]/.test(text[j])) j++;
  if (j >= text.length) return 0;
  return j - i + 1;
}

function escapeKey(seq) {
  const key = newKey(seq);
  if (seq.length === 1) {
    key.name = 'escape';
    key.meta = true;
    return key;
  }
  const second = seq[1];
  if (second !== '[' && second !== 'O') {
    // Meta (Alt) plus a character.
    const inner = plainKey(seq.slice(1));
    inner.sequence = seq;
    inner.meta = true;
    if (seq[1] === ESC) inner.name = 'escape';
    return inner;
  }
  const body = seq.slice(2);
  const final = body[body.length - 1];
  const params = body.slice(0, -1).split(';');
  let modifier = 0;
  if (params.length > 1) modifier = (parseInt(params[1], 10) || 1) - 1;
  key.code = second + (params[0] && final === '~' ? `${params[0]}~` : final);
  if (final === '~') key.name = kTildeKeys[params[0]];
  else if (final === 'Z') {
    key.name = 'tab';
    key.shift = true;
  } else key.name = kLetterKeys[final];
  key.shift = key.shift || (modifier & 1) !== 0;
  key.meta = (modifier & 2) !== 0;
  key.ctrl = (modifier & 4) !== 0;
  if (key.name === undefined) key.name = 'undefined';
  return key;
}

function emitKeys(stream, state, text) {
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === ESC) {
      let len = escapeLength(text, i);
      if (len === 0) {
        // Wait briefly for the rest; then it is what it is.
        state.pending = text.slice(i);
        state.timer = setTimeout(() => flushPending(stream, state), kEscapeWait);
        return;
      }
      // ESC ESC [A and the like: Alt plus a special key.
      let meta = false;
      if (len === 2 && text[i + 1] === ESC && i + 2 < text.length && escapeLength(text, i + 1) > 2) {
        meta = true;
        len = escapeLength(text, i + 1) + 1;
      }
      const seq = text.slice(i, i + len);
      const key = escapeKey(meta ? seq.slice(1) : seq);
      if (meta) {
        key.sequence = seq;
        key.meta = true;
      }
      stream.emit('keypress', undefined, key);
      i += len;
      continue;
    }
    const cp = text.codePointAt(i);
    const one = String.fromCodePoint(cp);
    stream.emit('keypress', one, plainKey(one));
    i += one.length;
  }
}

function flushPending(stream, state) {
  const text = state.pending;
  state.pending = '';
  state.timer = null;
  if (text.length === 0) return;
  let i = 0;
  // The incomplete sequence is taken as ESC followed by plain characters.
  stream.emit('keypress', undefined, escapeKey(ESC));
  for (i = 1; i < text.length;) {
    const one = String.fromCodePoint(text.codePointAt(i));
    stream.emit('keypress', one, plainKey(one));
    i += one.length;
  }
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressState]) return;
  const state = { decoder: new TextDecoder('utf-8', { ignoreBOM: true }), pending: '', timer: null };
  stream[kKeypressState] = state;
  if (iface && typeof iface === 'object') iface.escapeCodeTimeout = kEscapeWait;

  const onData = (chunk) => {
    if (stream.listenerCount('keypress') === 0) {
      stream.removeListener('data', onData);
      stream.on('newListener', onListenerAdded);
      return;
    }
    let text = typeof chunk === 'string' ? chunk : state.decoder.decode(chunk, kStream);
    if (state.timer !== null) {
      clearTimeout(state.timer);
      state.timer = null;
      text = state.pending + text;
      state.pending = '';
    }
    emitKeys(stream, state, text);
  };
  function onListenerAdded(event) {
    if (event !== 'keypress') return;
    stream.on('data', onData);
    stream.removeListener('newListener', onListenerAdded);
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onListenerAdded);
}

// ---- cursor control ----------------------------------------------------------

function settle(stream, data, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || data === '') {
    if (callback !== undefined) process.nextTick(() => callback(null));
    return true;
  }
  return stream.write(data, callback);
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new codes.ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new codes.ERR_INVALID_ARG_VALUE('y', y);
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return settle(null, '', callback);
  if (typeof x !== 'number') throw new codes.ERR_INVALID_CURSOR_POS();
  const data = typeof y === 'number' ? `${ESC}[${y + 1};${x + 1}H` : `${ESC}[${x + 1}G`;
  return settle(stream, data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  let data = '';
  if (stream != null) {
    if (dx < 0) data += `${ESC}[${-dx}D`;
    else if (dx > 0) data += `${ESC}[${dx}C`;
    if (dy < 0) data += `${ESC}[${-dy}A`;
    else if (dy > 0) data += `${ESC}[${dy}B`;
  }
  return settle(stream, data, callback);
}

function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  let data = `${ESC}[2K`;
  if (dir < 0) data = `${ESC}[1K`;
  else if (dir > 0) data = `${ESC}[0K`;
  return settle(stream, data, callback);
}

function clearScreenDown(stream, callback) {
  return settle(stream, `${ESC}[0J`, callback);
}

module.exports = { emitKeypressEvents, cursorTo, moveCursor, clearLine, clearScreenDown, ESC };
