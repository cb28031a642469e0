'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding) on internalBinding('buffer'):
// UTF-8, UTF-16LE/BE and windows-1252 (the "latin1"/"ascii" labels), with
// fatal, ignoreBOM and streaming decode.

const binding = internalBinding('buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/binary_types');

// Errors are rare paths: internal/errors is required where one is thrown.
function codes() {
  return require('internal/errors').codes;
}

// Decoder ids of runtime/bindings/buffer_binding.cc.
const kUtf8 = 0;
const kWindows1252 = 7;
const kUtf16le = 8;
const kUtf16be = 9;

// WHATWG labels of the encodings supported here.
const kLabels = {
  __proto__: null,
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le'],
  'utf-16be': ['unicodefffe', 'utf-16be'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
    'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii',
    'windows-1252', 'x-cp1252'],
};
const kDecoderIds = { __proto__: null, 'utf-8': kUtf8, 'utf-16le': kUtf16le, 'utf-16be': kUtf16be,
  'windows-1252': kWindows1252 };
let labelTable;
const kAsciiWhitespaceEnds = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

function getEncodingFromLabel(label) {
  if (labelTable === undefined) {
    labelTable = { __proto__: null };
    for (const name of Object.keys(kLabels)) {
      for (const l of kLabels[name]) labelTable[l] = name;
    }
  }
  const direct = labelTable[label];
  if (direct !== undefined) return direct;
  // Only ASCII whitespace is trimmed (WHATWG "get an encoding").
  return labelTable[`${label}`.replace(kAsciiWhitespaceEnds, '').toLowerCase()];
}

function invalidThis(type) {
  return new (codes().ERR_INVALID_THIS)(type);
}

// ---- TextEncoder --------------------------------------------------------------

const encodeIntoResult = new Uint32Array(2);
// Short strings are encoded into one reused buffer and copied out with
// slice(), cheaper than giving each result native-owned memory.
const kShortString = 4096;
let encodeScratch;

class TextEncoder {
  #brand = true;

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#brand in self)) throw invalidThis('TextEncoder');
  }

  get encoding() {
    TextEncoder.#check(this);
    return 'utf-8';
  }

  encode(input = '') {
    TextEncoder.#check(this);
    const string = `${input}`;
    if (string.length <= kShortString) {
      if (encodeScratch === undefined) encodeScratch = new Uint8Array(kShortString * 3);
      return encodeScratch.slice(0, binding.write(kUtf8, encodeScratch, string, 0, kShortString * 3));
    }
    return binding.encode(kUtf8, string, Uint8Array);
  }

  encodeInto(src, dest) {
    TextEncoder.#check(this);
    if (typeof src !== 'string') src = `${src}`;
    if (!(dest instanceof Uint8Array)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('dest', 'Uint8Array', dest);
    }
    binding.encodeInto(src, dest, encodeIntoResult);
    return { read: encodeIntoResult[0], written: encodeIntoResult[1] };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    TextEncoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    return inspect({ encoding: 'utf-8' }, options);
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'TextEncoder', configurable: true,
});
for (const name of ['encode', 'encodeInto', 'encoding']) {
  Object.defineProperty(TextEncoder.prototype, name, { __proto__: null, enumerable: true });
}

// ---- TextDecoder --------------------------------------------------------------

// The bytes of an input, as a Uint8Array over the same memory.
function bytesOf(input) {
  if (isArrayBufferView(input)) {
    if (input instanceof Uint8Array) return input;
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  const err = new TypeError('The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ' +
    'ArrayBufferView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

function concatBytes(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// Bytes at the end of a UTF-16 chunk that must wait for the next one: an odd
// byte, and a high surrogate whose low half has not arrived.
function utf16Pending(bytes, bigEndian) {
  let keep = bytes.length & 1;
  const end = bytes.length - keep;
  if (end >= 2) {
    const unit = bigEndian ? (bytes[end - 2] << 8) | bytes[end - 1] : bytes[end - 2] | (bytes[end - 1] << 8);
    if (unit >= 0xD800 && unit <= 0xDBFF) keep += 2;
  }
  return keep;
}

class TextDecoder {
  #encoding;
  #id;
  #fatal;
  #ignoreBOM;
  #bomSeen = false;
  #pending = null;

  constructor(encoding = 'utf-8', options = undefined) {
    const name = getEncodingFromLabel(encoding);
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options', 'object', options);
    }
    if (name === undefined) throw new (codes().ERR_ENCODING_NOT_SUPPORTED)(encoding);
    this.#encoding = name;
    this.#id = kDecoderIds[name];
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#encoding in self)) throw invalidThis('TextDecoder');
  }

  decode(input = undefined, options = undefined) {
    TextDecoder.#check(this);
    // The common call, one whole UTF-8 input and no state: straight to the
    // binding (anything unusual, an error included, takes the full path).
    if (options === undefined && this.#id === kUtf8 && this.#pending === null && input instanceof Uint8Array) {
      let text = binding.toString(kUtf8, input, 0, input.length, this.#fatal);
      if (text !== undefined) {
        if (!this.#ignoreBOM && !this.#bomSeen && text.charCodeAt(0) === 0xFEFF) text = text.slice(1);
        this.#bomSeen = false;
        return text;
      }
    }
    let bytes = input === undefined ? new Uint8Array(0) : bytesOf(input);
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options', 'object', options);
    }
    const stream = Boolean(options?.stream);
    const id = this.#id;
    if (this.#pending !== null) {
      bytes = concatBytes(this.#pending, bytes);
      this.#pending = null;
    }
    let end = bytes.length;
    if (stream && id !== kWindows1252) {
      const keep = id === kUtf8 ? binding.utf8IncompleteTail(bytes) : utf16Pending(bytes, id === kUtf16be);
      if (keep !== 0) {
        end -= keep;
        this.#pending = bytes.slice(end);
      }
    }
    let text = binding.toString(id, bytes, 0, end, this.#fatal);
    // An odd byte left at the end of UTF-16 input is an error; one U+FFFD
    // covers it and an unpaired high surrogate before it.
    if (text !== undefined && !stream && (id === kUtf16le || id === kUtf16be) && (end & 1)) {
      if (this.#fatal) text = undefined;
      else if (utf16Pending(bytes, id === kUtf16be) === 1) text = `${text}\ufffd`;
    }
    if (text === undefined) {
      this.#reset();
      throw new (codes().ERR_ENCODING_INVALID_ENCODED_DATA)(this.#encoding);
    }
    if (!this.#ignoreBOM && !this.#bomSeen && text.length !== 0) {
      this.#bomSeen = true;
      if (text.charCodeAt(0) === 0xFEFF) text = text.slice(1);
    }
    if (!stream) this.#reset();
    return text;
  }

  get encoding() {
    TextDecoder.#check(this);
    return this.#encoding;
  }

  get fatal() {
    TextDecoder.#check(this);
    return this.#fatal;
  }

  get ignoreBOM() {
    TextDecoder.#check(this);
    return this.#ignoreBOM;
  }

  #reset() {
    this.#bomSeen = false;
    this.#pending = null;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    TextDecoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const shown = { encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM };
    Object.setPrototypeOf(shown, TextDecoder.prototype);
    return inspect(shown, { ...options, customInspect: false });
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'TextDecoder', configurable: true,
});
for (const name of ['decode', 'encoding', 'fatal', 'ignoreBOM']) {
  Object.defineProperty(TextDecoder.prototype, name, { __proto__: null, enumerable: true });
}

module.exports = { TextEncoder, TextDecoder, getEncodingFromLabel };
