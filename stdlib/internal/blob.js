'use strict';
// Blob and File (W3C File API). A Blob's bytes are copied once when it is
// made and never change, so slices share them.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const { customInspectSymbol, kEnumerableProperty } = require('internal/util');
const { kClone } = require('internal/structured_clone');

let BufferCtor;
function buffers() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

function utf8Encode(text) {
  const B = buffers();
  const b = B.from(text, 'utf8');
  return new Uint8Array(b.buffer, b.byteOffset, b.length);
}

// UTF-8 decode as the Encoding standard does it: replacement characters
// for bad sequences, and a leading byte order mark dropped.
function utf8Decode(bytes) {
  const B = buffers();
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  return B.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString('utf8');
}

function sequenceError() {
  const err = new TypeError('Value cannot be converted to sequence.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// A MIME type is kept (lower-cased) only if it is printable ASCII.
function normalizeType(type) {
  const text = `${type}`;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return '';
  }
  return text.toLowerCase();
}

let isBlob;
let bytesOf;

function partBytes(part, endings) {
  if (isBlob(part)) return bytesOf(part);
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength).slice();
  if (require('internal/util/binary_types').isAnyArrayBuffer(part)) return new Uint8Array(part.slice(0));
  let text = `${part}`;
  if (endings === 'native') text = text.replace(/\r\n?|\n/g, '\n');
  return utf8Encode(text);
}

function concatParts(sources, endings) {
  const chunks = [];
  let total = 0;
  for (const part of sources) {
    const bytes = partBytes(part, endings);
    chunks.push(bytes);
    total += bytes.length;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (let i = 0; i < chunks.length; i++) {
    out.set(chunks[i], at);
    at += chunks[i].length;
  }
  return out;
}

const kConstructToken = Symbol('kConstructToken');

function copyBuffer(bytes) {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
}

// WebIDL [Clamp] long long: NaN is 0, others round to the nearest
// integer, ties to even.
function clampInteger(value) {
  const n = Number(value);
  if (Number.isNaN(n)) return 0;
  if (!Number.isFinite(n)) return n;
  const floor = Math.floor(n);
  const diff = n - floor;
  if (diff < 0.5) return floor;
  if (diff > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

// A relative index as Blob.slice reads it: negative counts from the end,
// clamped into [0, size].
function relativeIndex(value, size, fallback) {
  if (value === undefined) return fallback;
  const n = clampInteger(value);
  if (n < 0) return Math.max(size + n, 0);
  return Math.min(n, size);
}

class Blob {
  #bytes;
  #type;

  constructor(sources = undefined, options = undefined) {
    let bytes;
    let type = '';
    if (sources === kConstructToken) {
      bytes = options.bytes;
      type = options.type;
    } else {
      if (sources !== undefined &&
          (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function')) {
        throw sequenceError();
      }
      validateDictionary(options, 'options');
      // Each member is read once, in WebIDL's (alphabetical) order.
      const endingsOption = options?.endings;
      const typeOption = options?.type;
      const endings = endingsOption === undefined ? 'transparent' : `${endingsOption}`;
      if (endings !== 'transparent' && endings !== 'native') {
        throw new ERR_INVALID_ARG_VALUE('options.endings', endingsOption);
      }
      bytes = sources === undefined ? new Uint8Array(0) : concatParts(sources, endings);
      if (typeOption !== undefined) type = normalizeType(typeOption);
    }
    this.#bytes = bytes;
    this.#type = type;
  }

  static {
    isBlob = (value) => value !== null && typeof value === 'object' && #bytes in value;
    bytesOf = (blob) => blob.#bytes;
  }

  get type() {
    checkBlob(this);
    return this.#type;
  }

  get size() {
    checkBlob(this);
    return this.#bytes.length;
  }

  slice(start = undefined, end = undefined, contentType = undefined) {
    checkBlob(this);
    const size = this.#bytes.length;
    const from = relativeIndex(start, size, 0);
    const to = relativeIndex(end, size, size);
    const bytes = this.#bytes.subarray(from, Math.max(from, to));
    const type = contentType === undefined ? '' : normalizeType(contentType);
    return new Blob(kConstructToken, { bytes, type });
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(copyBuffer(this.#bytes));
  }

  // text() and bytes() settle a step after arrayBuffer(), as in Node (but
  // without calling a possibly replaced arrayBuffer()).
  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(copyBuffer(this.#bytes)).then((buffer) => utf8Decode(new Uint8Array(buffer)));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(copyBuffer(this.#bytes)).then((buffer) => new Uint8Array(buffer));
  }

  // A byte stream that hands out a copy of the contents as one chunk when
  // first pulled (node gives the whole blob in one chunk too); web streams
  // load only here.
  stream() {
    checkBlob(this);
    const bytes = this.#bytes;
    const { ReadableStream } = require('internal/webstreams/readable');
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (bytes.length > 0) controller.enqueue(new Uint8Array(copyBuffer(bytes)));
        controller.close();
      },
    });
  }

  [kClone]() {
    return new Blob(kConstructToken, { bytes: this.#bytes, type: this.#type });
  }

  [customInspectSymbol](depth, options, inspect) {
    return inspectBlob(this, 'Blob', { size: this.size, type: this.type }, depth, options, inspect);
  }
}

function checkBlob(value) {
  if (!isBlob(value)) throw new ERR_INVALID_THIS('Blob');
}

function inspectBlob(value, name, fields, depth, options, inspect) {
  if (depth < 0) return `[${name}]`;
  return `${name} ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
}

let isFile;

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = undefined) {
    if (fileBits === kConstructToken) {
      super(kConstructToken, fileName);
      this.#name = fileName.name;
      this.#lastModified = fileName.lastModified;
      return;
    }
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    this.#name = `${fileName}`;
    const lastModified = options?.lastModified;
    if (lastModified === undefined) {
      this.#lastModified = Date.now();
    } else {
      const n = Number(lastModified);
      this.#lastModified = Number.isNaN(n) ? 0 : n;
    }
  }

  static {
    isFile = (value) => value !== null && typeof value === 'object' && #name in value;
  }

  get name() {
    if (!isFile(this)) throw new ERR_INVALID_THIS('File');
    return this.#name;
  }

  get lastModified() {
    if (!isFile(this)) throw new ERR_INVALID_THIS('File');
    return this.#lastModified;
  }

  [kClone]() {
    return new File(kConstructToken, {
      bytes: bytesOf(this), type: this.type, name: this.#name, lastModified: this.#lastModified,
    });
  }

  [customInspectSymbol](depth, options, inspect) {
    const fields = { size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified };
    return inspectBlob(this, 'File', fields, depth, options, inspect);
  }
}

for (const C of [Blob, File]) {
  for (const key of Object.getOwnPropertyNames(C.prototype)) {
    if (key !== 'constructor') Object.defineProperty(C.prototype, key, kEnumerableProperty);
  }
  Object.defineProperty(C.prototype, Symbol.toStringTag, {
    __proto__: null, value: C.name, writable: false, enumerable: false, configurable: true,
  });
}

// The Blob registered by URL.createObjectURL(blob) under `url`, if any.
function resolveObjectURL(url) {
  const text = `${url}`;
  const { URL, blobFromURL } = require('internal/url');
  let parsed;
  try {
    parsed = new URL(text);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'blob:' || !parsed.pathname.startsWith('nodedata:')) return undefined;
  return blobFromURL(`blob:${parsed.pathname}`);
}

module.exports = { Blob, File, isBlob, resolveObjectURL };
