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
// How long a lone ESC (or ESC ESC) at the end of a chunk waits for the
// rest of a sequence before it is the Escape key (GNU readline's default).
const kEscapeWait = 500;

// The name of each escape sequence's code: the introducer ('[', '[[' or
// 'O') and the final character, with the number before a '~', '$' or '^'.
// Some codes carry a modifier of their own (rxvt).
const kCodeKeys = {
  __proto__: null,
  OP: 'f1', OQ: 'f2', OR: 'f3', OS: 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  OA: 'up', OB: 'down', OC: 'right', OD: 'left', OE: 'clear', OF: 'end', OH: 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
  '[Z': 'tab',
  // Bracketed paste: around pasted text when the terminal is asked for it.
  '[200~': 'paste-start', '[201~': 'paste-end',
};
const kShiftCodes = {
  __proto__: null,
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home', '[8$': 'end',
  '[Z': 'tab',
};
const kCtrlCodes = {
  __proto__: null,
  Oa: 'up', Ob: 'down', Oc: 'right', Od: 'left', Oe: 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home', '[8^': 'end',
};

function isDigit(ch) {
  return ch >= '0' && ch <= '9';
}

// UTF-16 length of the character at text[i].
function charLength(text, i) {
  return text.codePointAt(i) > 0xffff ? 2 : 1;
}

// Where the key that starts at text[i] ends, or -1 when the text stops
// inside it. The grammar is the one terminals send (and node reads):
//   ESC? ESC char                       Alt+char
//   ESC? ESC O digit? char              SS3, with a modifier digit
//   ESC? ESC [ [? d{0,3} (; d?)? char   CSI: at most three digits, then an
//                                       optional ;modifier, then one char
// Longer parameter lists are not waited for: what does not fit comes
// out as a key named 'undefined' followed by plain characters, as in node.
function keyEnd(text, i) {
  const n = text.length;
  if (text[i] !== ESC) return i + charLength(text, i);
  let j = i + 1;
  if (j < n && text[j] === ESC) j++;
  if (j >= n) return -1;
  const intro = text[j++];
  if (intro !== '[' && intro !== 'O') return j - 1 + charLength(text, j - 1);
  if (j >= n) return -1;
  if (intro === 'O') {
    if (isDigit(text[j]) && ++j >= n) return -1;
    return j + charLength(text, j);
  }
  if (text[j] === '[' && ++j >= n) return -1;
  for (let digits = 0; digits < 3 && isDigit(text[j]); digits++) {
    if (++j >= n) return -1;
  }
  if (text[j] === ';') {
    if (++j >= n) return -1;
    if (isDigit(text[j]) && ++j >= n) return -1;
  }
  return j + charLength(text, j);
}

// The key for one complete sequence (as keyEnd delimits it).
function decodeKey(seq) {
  const key = { sequence: seq, name: undefined, ctrl: false, meta: false, shift: false };
  let k = 0;
  if (seq[0] === ESC && seq.length > 1) {
    k = seq[1] === ESC && seq.length > 2 ? 2 : 1;
  }
  const escaped = k > 0;
  const ch = seq.slice(k);
  if (escaped && ch.length > 1 && (ch[0] === '[' || ch[0] === 'O')) {
    decodeSequence(key, ch);
    return key;
  }
  if (ch === '\r') key.name = 'return';
  else if (ch === '\n') key.name = 'enter';
  else if (ch === '\t') key.name = 'tab';
  else if (ch === '\b' || ch === '\u007f') key.name = 'backspace';
  else if (ch === ESC) key.name = 'escape';
  else if (ch === ' ') key.name = 'space';
  else if (!escaped && ch <= '\u001a') {
    // Ctrl+letter; NUL is Ctrl+` (Ctrl+Space on most terminals).
    key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
    key.ctrl = true;
    return key;
  } else if (/^[0-9A-Za-z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = ch !== key.name;
  }
  // A leading ESC is Alt (Meta) held down.
  key.meta = escaped;
  return key;
}

// ESC [ ... and ESC O ...: code, modifiers and name. The modifier digit is
// 1 + shift(1) + alt(2) + ctrl(4) + right alt(8).
function decodeSequence(key, body) {
  let code;
  let modifier = 0;
  if (body[0] === 'O') {
    if (body.length === 3) {
      modifier = Number(body[1]) - 1;
      code = `O${body[2]}`;
    } else {
      code = body;
    }
  } else {
    const intro = body[1] === '[' ? '[[' : '[';
    const cmd = body.slice(intro.length);
    let m = /^(\d\d?)(?:;(\d))?([~^$])$/.exec(cmd);
    if (m !== null) {
      code = intro + m[1] + m[3];
      modifier = (m[2] || 1) - 1;
    } else if ((m = /^(?:(?:\d;)?(\d))?([A-Za-z])$/.exec(cmd)) !== null) {
      code = intro + m[2];
      modifier = (m[1] || 1) - 1;
    } else {
      code = intro + cmd;
    }
  }
  key.code = code;
  key.ctrl = (modifier & 4) !== 0;
  key.meta = (modifier & 10) !== 0;
  key.shift = (modifier & 1) !== 0;
  if (kShiftCodes[code] !== undefined) {
    key.name = kShiftCodes[code];
    key.shift = true;
  } else if (kCtrlCodes[code] !== undefined) {
    key.name = kCtrlCodes[code];
    key.ctrl = true;
  } else {
    key.name = kCodeKeys[code] === undefined ? 'undefined' : kCodeKeys[code];
  }
}

// Emits the keys in `text` (after what was pending); an unfinished
// sequence at the end waits for the next chunk.
function emitKeys(stream, state, iface, text) {
  if (state.pending !== '') {
    text = state.pending + text;
    state.pending = '';
  }
  let i = 0;
  while (i < text.length) {
    const end = keyEnd(text, i);
    if (end === -1) {
      state.pending = text.slice(i);
      break;
    }
    const seq = text.slice(i, end);
    i = end;
    // Text pasted in one chunk holds tabs that are not meant as requests
    // for completion: only a chunk's last key may complete.
    if (iface) iface.isCompletionEnabled = end === text.length;
    const key = decodeKey(seq);
    stream.emit('keypress', seq[0] === ESC && seq.length > 1 ? undefined : seq, key);
  }
}

// The escape wait ran out: an ESC (or ESC ESC) left waiting is the
// Escape key.
function flushPending(stream, state) {
  state.timer = null;
  const seq = state.pending;
  if (seq !== ESC && seq !== ESC + ESC) return;
  state.pending = '';
  stream.emit('keypress', undefined, { sequence: seq, name: 'escape', ctrl: false, meta: true, shift: false });
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressState]) return;
  const state = { decoder: new TextDecoder('utf-8', { ignoreBOM: true }), pending: '', timer: null };
  stream[kKeypressState] = state;
  const wait = iface && iface.escapeCodeTimeout !== undefined ? iface.escapeCodeTimeout : kEscapeWait;

  const onData = (chunk) => {
    if (stream.listenerCount('keypress') === 0) {
      stream.removeListener('data', onData);
      stream.on('newListener', onListenerAdded);
      return;
    }
    const text = typeof chunk === 'string' ? chunk : state.decoder.decode(chunk, kStream);
    if (text.length === 0) return;
    if (state.timer !== null) {
      clearTimeout(state.timer);
      state.timer = null;
    }
    try {
      emitKeys(stream, state, iface, text);
    } catch (err) {
      // A throwing 'keypress' listener loses the rest of the chunk.
      state.pending = '';
      throw err;
    }
    // Only an ESC that ends a chunk may be the Escape key on its own.
    if (text[text.length - 1] === ESC) {
      state.timer = setTimeout(() => flushPending(stream, state), wait);
    }
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
