'use strict';
// node:string_decoder: decodes a byte stream chunk by chunk without splitting
// characters (utf8, utf16le) or base64 groups across write() calls. Its state
// lives in a 7-byte Buffer as Node shows it: bytes 0-3 the held-back bytes
// (lastChar), 4 the bytes still missing, 5 the bytes held, 6 the encoding.

const binding = internalBinding('buffer');
const { normalizeEncoding } = require('internal/util');
const { isArrayBufferView } = require('internal/util/binary_types');

const kNativeDecoder = Symbol('kNativeDecoder');
const kMissing = 4;
const kHeld = 5;
const kEncodingSlot = 6;

// Node's own numbering of encodings, shown in the state buffer.
const kNodeIds = { __proto__: null, ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };
// Ids of runtime/bindings/buffer_binding.cc.
const kBindingIds = { __proto__: null, utf8: 0, utf16le: 1, latin1: 2, ascii: 3, base64: 4, base64url: 5, hex: 6 };

let BufferCtor;
function newState() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor.alloc(7);
}

function asBytes(buf) {
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

// Holds bytes[from..] (at most 4) back in the state.
function hold(state, bytes, from, missing) {
  const n = bytes.length - from;
  for (let i = 0; i < n; i++) state[i] = bytes[from + i];
  state[kHeld] = n;
  state[kMissing] = missing;
}

// The held bytes followed by the new ones (only when something is held).
function joinHeld(state, bytes) {
  const held = state[kHeld];
  if (held === 0) return bytes;
  const out = new Uint8Array(held + bytes.length);
  out.set(state.subarray(0, held), 0);
  out.set(bytes, held);
  state[kHeld] = 0;
  state[kMissing] = 0;
  return out;
}

function writeUtf8(state, bytes) {
  let out = '';
  let start = 0;
  let missing = state[kMissing];
  if (missing > 0) {
    // Complete the held character with continuation bytes; any other byte
    // ends it as ill-formed.
    let held = state[kHeld];
    while (missing > 0 && start < bytes.length && (bytes[start] & 0xC0) === 0x80) {
      state[held++] = bytes[start++];
      missing--;
    }
    state[kHeld] = held;
    state[kMissing] = missing;
    if (missing > 0 && start === bytes.length) return '';
    out = binding.toString(0, state, 0, held, false);
    state[kHeld] = 0;
    state[kMissing] = 0;
    if (start !== 0) bytes = bytes.subarray(start);
  }
  const tail = binding.utf8IncompleteTail(bytes, true);
  const end = bytes.length - tail;
  if (tail !== 0) {
    const lead = bytes[end];
    const total = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2);
    hold(state, bytes, end, total - tail);
  }
  return end === 0 ? out : out + binding.toString(0, bytes, 0, end, false);
}

function writeUtf16(state, bytes) {
  let out = '';
  let start = 0;
  let held = state[kHeld];
  if (held > 0) {
    // Complete the held unit (or surrogate pair) first.
    let missing = state[kMissing];
    while (missing > 0 && start < bytes.length) {
      state[held++] = bytes[start++];
      // A completed high surrogate needs its low half as well.
      if (--missing === 0 && held === 2) {
        const unit = state[0] | (state[1] << 8);
        if (unit >= 0xD800 && unit <= 0xDBFF) missing = 2;
      }
    }
    state[kHeld] = held;
    state[kMissing] = missing;
    if (missing > 0) return '';
    out = binding.toString(1, state, 0, held, false);
    state[kHeld] = 0;
  }
  // An odd byte waits for its pair; else a final high surrogate for its low half.
  const len = bytes.length;
  let keep = (len - start) & 1;
  if (keep === 0 && len - start >= 2) {
    const unit = bytes[len - 2] | (bytes[len - 1] << 8);
    if (unit >= 0xD800 && unit <= 0xDBFF) keep = 2;
  }
  if (keep !== 0) hold(state, bytes, len - keep, keep === 2 ? 2 : 1);
  return out + binding.toString(1, bytes, start, len - keep, false);
}

function writeBase64(state, bytes, id) {
  bytes = joinHeld(state, bytes);
  const keep = bytes.length % 3;
  const end = bytes.length - keep;
  if (keep !== 0) hold(state, bytes, end, 3 - keep);
  return binding.toString(id, bytes, 0, end, false);
}

// A plain function, not a class: Node's StringDecoder can initialise any
// object it is called on.
function StringDecoder(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw new (require('internal/errors').codes.ERR_UNKNOWN_ENCODING)(encoding);
  this.encoding = normalized;
  this[kNativeDecoder] = newState();
  this[kNativeDecoder][kEncodingSlot] = kNodeIds[normalized];
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!isArrayBufferView(buf)) {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('buf', ['Buffer', 'TypedArray', 'DataView'],
      buf);
  }
  const bytes = asBytes(buf);
  const state = this[kNativeDecoder];
  if (state === undefined) throw new (require('internal/errors').codes.ERR_INVALID_THIS)('StringDecoder');
  switch (this.encoding) {
    case 'utf8': return writeUtf8(state, bytes);
    case 'utf16le': return writeUtf16(state, bytes);
    case 'base64': return writeBase64(state, bytes, 4);
    case 'base64url': return writeBase64(state, bytes, 5);
    default: return binding.toString(kBindingIds[this.encoding], bytes, 0, bytes.length, false);
  }
};

StringDecoder.prototype.end = function end(buf) {
  const out = buf === undefined ? '' : this.write(buf);
  const state = this[kNativeDecoder];
  const held = state[kHeld];
  if (held === 0) return out;
  state[kHeld] = 0;
  state[kMissing] = 0;
  return out + binding.toString(kBindingIds[this.encoding], state, 0, held, false);
};

StringDecoder.prototype.text = function text(buf, offset) {
  const state = this[kNativeDecoder];
  state[kHeld] = 0;
  state[kMissing] = 0;
  return this.write(asBytes(buf).subarray(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return this[kNativeDecoder].subarray(0, 4); },
  },
  lastNeed: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return this[kNativeDecoder][kMissing]; },
  },
  lastTotal: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return this[kNativeDecoder][kHeld] + this[kNativeDecoder][kMissing]; },
  },
});

module.exports = { StringDecoder };
