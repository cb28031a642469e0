'use strict';
// node:buffer. Buffer is a Uint8Array subclass (BufferView) whose prototype
// carries Node's methods; the byte work (every encoding, search, compare,
// fill, copy) is native, in internalBinding('buffer'). Small buffers are
// carved out of a shared pool as in Node.

const binding = internalBinding('buffer');
const { validateNumber, validateInteger, validateString } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = require('internal/util/binary_types');

// internal/util, on first use: what this module takes from it (encoding
// aliases, the untransferable set) is off the paths a program takes first,
// and loading it with the module was a sixth of require('buffer').
let utilModule;
function util() {
  if (utilModule === undefined) utilModule = require('internal/util');
  return utilModule;
}
function normalizeEncoding(name) {
  return util().normalizeEncoding(name);
}

let errorCodes;
function codes() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

// Encoding ids shared with runtime/bindings/buffer_binding.cc.
const kUtf8 = 0;
const kEncodingIds = {
  __proto__: null,
  utf8: kUtf8, utf16le: 1, latin1: 2, ascii: 3, base64: 4, base64url: 5, hex: 6,
};

const kMaxLength = 2 ** 53 - 1;
const kStringMaxLength = 2 ** 29 - 24;
const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
let inspectMaxBytes = 50;

// Encoding id for a user-given name, or undefined if unknown. The common
// spellings are looked up directly, the rest normalised.
function encodingId(encoding) {
  const id = kEncodingIds[encoding];
  if (id !== undefined) return id;
  if (typeof encoding !== 'string' && encoding != null) encoding = `${encoding}`;
  const name = normalizeEncoding(encoding);
  return name === undefined ? undefined : kEncodingIds[name];
}

function encodingIdOrThrow(encoding) {
  const id = encoding === '' ? undefined : encodingId(encoding);
  if (id === undefined) throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
  return id;
}

// Every Buffer is one of these: a plain Uint8Array subclass whose prototype
// becomes Buffer.prototype below, so `new` works on it while Buffer itself
// stays callable without `new` (the deprecated form).
class BufferView extends Uint8Array {}

// JSC implements Uint8Array.prototype.toBase64 and setFromBase64/setFromHex
// (TC39 "Uint8Array to/from base64") natively; they build and read Latin-1
// strings without the C API's UTF-16 round trip, so base64 and hex use them
// where their results are Node's, and the binding otherwise.
const builtinToBase64 = Uint8Array.prototype.toBase64;
const builtinSetFromBase64 = Uint8Array.prototype.setFromBase64;
const builtinSetFromHex = Uint8Array.prototype.setFromHex;
const kBase64urlOptions = { alphabet: 'base64url', omitPadding: true };
const kBase64DecodeOptions = { lastChunkHandling: 'loose' };
const kBase64urlDecodeOptions = { alphabet: 'base64url', lastChunkHandling: 'loose' };

// buf[start..end) decoded as encoding `id` (start/end already clamped).
function sliceString(id, buf, start, end) {
  if ((id === 4 || id === 5) && builtinToBase64 !== undefined) {
    const len = buf.length;
    const view = start === 0 && end === len ? buf : new Uint8Array(buf.buffer, buf.byteOffset + start, end - start);
    return id === 4 ? builtinToBase64.call(view) : builtinToBase64.call(view, kBase64urlOptions);
  }
  return binding.toString(id, buf, start, end, false);
}

// Writes base64/base64url/hex text into target (a Uint8Array of at least
// the decoded size); returns the bytes written. Input the builtins reject
// (characters Node skips, odd hex) goes to the lenient native decoder.
function writeBase64OrHex(id, target, string) {
  try {
    if (id === 6) {
      if (builtinSetFromHex !== undefined && (string.length & 1) === 0) {
        return builtinSetFromHex.call(target, string).written;
      }
    } else if (builtinSetFromBase64 !== undefined) {
      return builtinSetFromBase64.call(target, string, id === 4 ? kBase64DecodeOptions : kBase64urlDecodeOptions).written;
    }
  } catch {
    // SyntaxError: not strictly valid; decode the Node way below.
  }
  return binding.write(id, target, string, 0, target.length);
}

function base64ByteLength(string) {
  let len = string.length;
  if (len > 0 && string.charCodeAt(len - 1) === 0x3D) len--;
  if (len > 0 && string.charCodeAt(len - 1) === 0x3D) len--;
  return (len * 3) >>> 2;
}

// ---- the pool -----------------------------------------------------------------

// Small buffers are carved out of a shared ArrayBuffer (the slab) so that
// each costs no allocation of its own; a new slab of Buffer.poolSize bytes
// replaces it when a request does not fit. Slices start 8-byte aligned.
const slab = { buffer: undefined, bytes: undefined, size: 64 * 1024, used: 0 };

// Room for `max` bytes in the slab; returns where they start.
function slabReserve(max) {
  if (slab.buffer === undefined || max > slab.size - slab.used) {
    slab.size = Buffer.poolSize;
    slab.buffer = new ArrayBuffer(slab.size);
    util().untransferable.add(slab.buffer);
    slab.bytes = new Uint8Array(slab.buffer);
    slab.used = 0;
  }
  return slab.used;
}

// Marks `count` bytes from `start` as used.
function slabCommit(start, count) {
  slab.used = Math.min(slab.size, (start + count + 7) & ~7);
}

// Marks `count` bytes from `start` as used; returns a Buffer over them.
function slabTake(start, count) {
  slabCommit(start, count);
  return new BufferView(slab.buffer, start, count);
}

// size bytes, uninitialised: from the pool when small.
function allocate(size) {
  if (size <= 0) return new BufferView();
  if (size < (Buffer.poolSize >>> 1)) return slabTake(slabReserve(size), size);
  return new BufferView(size);
}

// ---- construction -------------------------------------------------------------

let reportBufferConstructor;

function Buffer(arg, encodingOrOffset, length) {
  reportBufferConstructor ??= require('internal/util/deprecate').getDeprecationWarningEmitter('DEP0005',
    'Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), ' +
    'Buffer.allocUnsafe(), or Buffer.from() methods instead.');
  reportBufferConstructor();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, get() { return BufferView; }, enumerable: false, configurable: true,
});

Object.defineProperty(Buffer, 'poolSize', {
  __proto__: null, value: slab.size, writable: true, enumerable: true, configurable: true,
});

function fromString(string, encoding) {
  let id = kUtf8;
  if (typeof encoding === 'string' && encoding.length !== 0 && encoding !== 'utf8') {
    id = encodingIdOrThrow(encoding);
  }
  const len = string.length;
  if (len === 0) return new BufferView();
  if (id >= 4) return fromBase64OrHex(string, id);
  const half = Buffer.poolSize >>> 1;
  // Small strings are encoded straight into the pool: 3 bytes per unit bound
  // every encoding, so no separate length pass is needed.
  let bound = len * 3;
  if (bound >= half && len < half) bound = binding.byteLength(id, string);
  if (bound < half) {
    const start = slabReserve(bound);
    return slabTake(start, binding.write(id, slab.bytes, string, start, bound));
  }
  return binding.encode(id, string, BufferView);
}

function fromBase64OrHex(string, id) {
  const max = id === 6 ? string.length >>> 1 : base64ByteLength(string);
  if (max === 0) return new BufferView();
  if (max < (Buffer.poolSize >>> 1)) {
    const start = slabReserve(max);
    // Decoded straight into the Buffer returned, unless the text held
    // characters Node skips (then a shorter view over the same bytes).
    const b = new BufferView(slab.buffer, start, max);
    const n = writeBase64OrHex(id, b, string);
    if (n !== max) return slabTake(start, n);
    slabCommit(start, max);
    return b;
  }
  const b = new BufferView(max);
  const n = writeBase64OrHex(id, b, string);
  return n === max ? b : new BufferView(b.buffer, 0, n);
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (!(length > 0)) return new BufferView();
  const b = allocate(length);
  b.set(obj, 0);
  return b;
}

function viewOverArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)('offset');
  if (byteOffset < 0) throw new RangeError(`Start offset ${byteOffset} is outside the bounds of the buffer`);
  if (length === undefined) {
    // A view of a resizable buffer tracks its length, as in Node.
    if (obj.resizable || obj.growable) return new BufferView(obj, byteOffset);
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)('length');
    } else {
      length = 0;
    }
  }
  return new BufferView(obj, byteOffset, Math.trunc(length));
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new BufferView();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

function invalidFirstArgument(value) {
  return new (codes().ERR_INVALID_ARG_TYPE)('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return viewOverArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b !== undefined) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw invalidFirstArgument(value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isArrayBufferView(view) || view instanceof DataView) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('view', ['TypedArray'], view);
  }
  const viewLength = view.length;
  if (viewLength === 0) return new BufferView();
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new BufferView();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return fromArrayLike(bytes);
};

Buffer.of = function of(...items) {
  return fromArrayLike(items);
};

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    return fillImpl(new BufferView(size), fill, 0, size, encoding);
  }
  return new BufferView(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return new BufferView(size);
};

function SlowBuffer(size) {
  validateSize(size);
  return new BufferView(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

function invalidBuffer(name, value) {
  return new (codes().ERR_INVALID_ARG_TYPE)(name, ['Buffer', 'Uint8Array'], value);
}

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw invalidBuffer('buf1', buf1);
  if (!isUint8Array(buf2)) throw invalidBuffer('buf2', buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new (codes().ERR_INVALID_ARG_TYPE)('list', 'Array', list);
  if (list.length === 0) return new BufferView();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateInteger(length, 'length', 0);
  }
  const buffer = allocate(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw invalidBuffer(`list[${i}]`, buf);
    pos += binding.copy(buf, 0, buf.length, buffer, pos);
  }
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new (codes().ERR_INVALID_ARG_TYPE)('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  let id = encoding === undefined ? kUtf8 : encodingId(encoding);
  if (id === undefined) id = kUtf8;
  switch (id) {
    case 2: case 3: return len;  // latin1, ascii
    case 1: return len * 2;  // utf16le
    case 6: return len >>> 1;  // hex
    default: return binding.byteLength(id, string);
  }
}
Buffer.byteLength = byteLength;


// ---- the prototype ------------------------------------------------------------

Buffer.prototype = BufferView.prototype;
Object.defineProperty(BufferView.prototype, 'constructor', {
  __proto__: null, value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);
const proto = Buffer.prototype;
// Buffers made natively (socket reads, fs promise results) get it too.
binding.setBufferPrototype(proto);

// Node's order of the prototype's own properties (observable with for-in
// and Object.keys): each name gets a placeholder in this order before the
// methods are defined, since redefining a property keeps its place.
const kPrototypeOrder = [
  'readBigUInt64LE', 'readBigUInt64BE', 'readBigUint64LE', 'readBigUint64BE', 'readBigInt64LE', 'readBigInt64BE',
  'writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigUint64LE', 'writeBigUint64BE', 'writeBigInt64LE',
  'writeBigInt64BE', 'readUIntLE', 'readUInt32LE', 'readUInt16LE', 'readUInt8', 'readUIntBE', 'readUInt32BE',
  'readUInt16BE', 'readUintLE', 'readUint32LE', 'readUint16LE', 'readUint8', 'readUintBE', 'readUint32BE',
  'readUint16BE', 'readIntLE', 'readInt32LE', 'readInt16LE', 'readInt8', 'readIntBE', 'readInt32BE', 'readInt16BE',
  'writeUIntLE', 'writeUInt32LE', 'writeUInt16LE', 'writeUInt8', 'writeUIntBE', 'writeUInt32BE', 'writeUInt16BE',
  'writeUintLE', 'writeUint32LE', 'writeUint16LE', 'writeUint8', 'writeUintBE', 'writeUint32BE', 'writeUint16BE',
  'writeIntLE', 'writeInt32LE', 'writeInt16LE', 'writeInt8', 'writeIntBE', 'writeInt32BE', 'writeInt16BE',
  'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE', 'writeFloatLE', 'writeFloatBE', 'writeDoubleLE',
  'writeDoubleBE', 'asciiSlice', 'base64Slice', 'base64urlSlice', 'latin1Slice', 'hexSlice', 'ucs2Slice',
  'utf8Slice', 'asciiWrite', 'base64Write', 'base64urlWrite', 'latin1Write', 'hexWrite', 'ucs2Write', 'utf8Write',
  'parent', 'offset', 'copy', 'toString', 'equals', 'inspect', 'compare', 'indexOf', 'lastIndexOf', 'includes',
  'fill', 'write', 'toJSON', 'subarray', 'slice', 'swap16', 'swap32', 'swap64', 'toLocaleString',
];
// Plain stores, not defineProperty: each makes (or, for the methods below,
// replaces the value of) a writable, enumerable, configurable data property,
// which is what node's prototype has, and none of these names is an
// accessor further up the chain. At ~200 properties this is a good part of
// the module's load time, and a store is several times cheaper.
for (let i = 0; i < kPrototypeOrder.length; i++) proto[kPrototypeOrder[i]] = undefined;

function defineMethods(target, methods) {
  for (const name of Object.keys(methods)) target[name] = methods[name];
}

Object.defineProperty(proto, 'parent', {
  __proto__: null,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
  enumerable: true, configurable: false,
});
Object.defineProperty(proto, 'offset', {
  __proto__: null,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
  enumerable: true, configurable: false,
});

function sliceFor(id) {
  return function slice(start, end) {
    const len = this.length;
    start = start === undefined ? 0 : Math.min(Math.max(Math.trunc(start) || 0, 0), len);
    end = end === undefined ? len : Math.min(Math.max(Math.trunc(end) || 0, start), len);
    return sliceString(id, this, start, end);
  };
}

function writeFor(id) {
  return function write(string, offset, length) {
    if (typeof string !== 'string') throw stringArgumentError();
    if (offset === undefined) offset = 0;
    if (length === undefined) length = this.length - offset;
    if (offset < 0 || offset > this.length) throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)('offset');
    if (length < 0 || length > this.length - offset) throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)('length');
    return binding.write(id, this, string, offset, length);
  };
}

// Node's native message for a non-string given to write().
function stringArgumentError() {
  const err = new TypeError('argument must be a string');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

const kPrototypeCodecs = [
  ['ascii', 3], ['base64', 4], ['base64url', 5], ['latin1', 2], ['hex', 6], ['ucs2', 1], ['utf8', kUtf8],
];
for (const [name, id] of kPrototypeCodecs) {
  defineMethods(proto, { [`${name}Slice`]: sliceFor(id), [`${name}Write`]: writeFor(id) });
}

function toInteger(n, fallback) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return fallback;
}

// The bytes copyActual would move, clamped to both buffers.
// A start/end argument of copy(): undefined means `fallback`; otherwise an
// integer that must be >= 0 (and <= max when max is given).
function copyOffset(value, name, fallback, max) {
  if (value === undefined) return fallback;
  const n = toInteger(value, 0);
  if (n < 0 || (max !== undefined && n > max)) {
    throw new (codes().ERR_OUT_OF_RANGE)(name, max === undefined ? '>= 0' : `>= 0 && <= ${max}`, n);
  }
  return n;
}

function copyBetween(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw invalidBuffer('source', source);
  let into = target;
  if (!isUint8Array(into)) {
    // Any other view is written byte by byte over its memory.
    if (!isArrayBufferView(into)) throw invalidBuffer('target', into);
    into = new Uint8Array(into.buffer, into.byteOffset, into.byteLength);
  }
  const size = source.byteLength;
  const at = copyOffset(targetStart, 'targetStart', 0);
  const from = copyOffset(sourceStart, 'sourceStart', 0, size);
  const to = Math.min(copyOffset(sourceEnd, 'sourceEnd', size), size);
  if (at >= into.byteLength || from >= to) return 0;
  return binding.copy(source, from, to, into, at);
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

// fill(value, offset, end, encoding) for Buffer.prototype.fill and Buffer.alloc.
function fillImpl(buf, value, offset, end, encoding) {
  let id;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    id = encodingId(encoding);
    if (id === undefined) {
      validateString(encoding, 'encoding');
      throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((id === kUtf8 && code < 128) || id === 2) value = code;
    }
  } else if (typeof value !== 'number' && !isArrayBufferView(value)) {
    value = typeof value === 'boolean' ? +value : (+value >>> 0) & 255;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (end > buf.length) throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
  } else {
    if (isArrayBufferView(value) && !isUint8Array(value)) {
      value = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    }
    if (binding.fill(buf, value, offset, end, id) < 0) throw new (codes().ERR_INVALID_ARG_VALUE)('value', value);
  }
  return buf;
}

// byteOffset as Node normalises it for indexOf/lastIndexOf: relative to the
// end when negative, NaN meaning "from the start" (or end, backwards).
function resolveSearchOffset(length, byteOffset, forward) {
  let off = +byteOffset;
  if (Number.isNaN(off)) return forward ? 0 : length;
  off = Math.trunc(off);
  if (off < 0) {
    off += length;
    if (off < 0) return forward ? 0 : -1;
  }
  return off;
}

function indexOfImpl(buffer, value, byteOffset, encoding, forward) {
  if (!isArrayBufferView(buffer)) throw new (codes().ERR_INVALID_ARG_TYPE)('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  }
  const length = buffer.byteLength;
  let off = resolveSearchOffset(length, byteOffset, forward);
  if (typeof value === 'number') {
    if (off < 0) return -1;
    return binding.indexOf(buffer, value >>> 0, off, 0, forward);
  }
  let id = encoding === undefined ? kUtf8 : encodingId(encoding);
  if (typeof value === 'string') {
    if (id === undefined) throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
  } else if (isUint8Array(value)) {
    if (id === undefined) id = kUtf8;
  } else {
    throw new (codes().ERR_INVALID_ARG_TYPE)('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
  }
  // An empty needle is found where the search starts (String#indexOf).
  if (value.length === 0) {
    if (off < 0) return 0;
    return off < length ? off : length;
  }
  if (off < 0) return -1;
  return binding.indexOf(buffer, value, off, id, forward);
}

defineMethods(proto, {
  copy(target, targetStart, sourceStart, sourceEnd) {
    return copyBetween(this, target, targetStart, sourceStart, sourceEnd);
  },

  toString(encoding, start, end) {
    if (arguments.length === 0) return binding.toString(kUtf8, this, 0, this.length, false);
    const len = this.length;
    if (start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    // Here only a missing encoding means utf8 ('' and null are unknown).
    const id = encoding === undefined ? kUtf8 : encodingIdOrThrow(encoding === '' ? encoding : `${encoding}`);
    return sliceString(id, this, start, end);
  },

  equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) throw invalidBuffer('otherBuffer', otherBuffer);
    if (this === otherBuffer) return true;
    const len = this.byteLength;
    if (len !== otherBuffer.byteLength) return false;
    return len === 0 || binding.compare(this, 0, len, otherBuffer, 0, len) === 0;
  },

  inspect(recurseTimes, ctx) {
    return inspectBuffer(this, recurseTimes, ctx);
  },

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw invalidBuffer('target', target);
    if (arguments.length === 1) return binding.compare(this, 0, this.length, target, 0, target.length);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return binding.compare(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
  },

  // Plain functions (constructible, as Node's are), so `new` on them fails
  // the argument check rather than the language's.
  indexOf: function indexOf(value, byteOffset, encoding) {
    return indexOfImpl(this, value, byteOffset, encoding, true);
  },

  lastIndexOf: function lastIndexOf(value, byteOffset, encoding) {
    return indexOfImpl(this, value, byteOffset, encoding, false);
  },

  includes: function includes(value, byteOffset, encoding) {
    return indexOfImpl(this, value, byteOffset, encoding, true) !== -1;
  },

  fill(value, offset, end, encoding) {
    return fillImpl(this, value, offset, end, encoding);
  },

  write(string, offset, length, encoding) {
    if (typeof string !== 'string') throw stringArgumentError();
    const bufLength = this.length;
    if (offset === undefined) return binding.write(kUtf8, this, string, 0, bufLength);
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = bufLength;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, bufLength);
      const remaining = bufLength - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, bufLength);
        if (length > remaining) length = remaining;
      }
    }
    const id = !encoding || encoding === 'utf8' ? kUtf8 : encodingIdOrThrow(encoding);
    return binding.write(id, this, string, offset, length);
  },

  toJSON() {
    return { type: 'Buffer', data: this.length > 0 ? Array.from(this) : [] };
  },

  subarray(start, end) {
    const len = this.length;
    start = clampIndex(start, len, 0);
    end = clampIndex(end, len, len);
    return new BufferView(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
  },

  slice(start, end) {
    return this.subarray(start, end);
  },

  swap16() {
    if (this.length % 2 !== 0) throw new (codes().ERR_INVALID_BUFFER_SIZE)('16-bits');
    binding.swap(this, 2);
    return this;
  },

  swap32() {
    if (this.length % 4 !== 0) throw new (codes().ERR_INVALID_BUFFER_SIZE)('32-bits');
    binding.swap(this, 4);
    return this;
  },

  swap64() {
    if (this.length % 8 !== 0) throw new (codes().ERR_INVALID_BUFFER_SIZE)('64-bits');
    binding.swap(this, 8);
    return this;
  },
});
proto.toLocaleString = proto.toString;

// ToIntegerOrInfinity, relative to the end when negative, clamped to [0, len].
function clampIndex(value, len, fallback) {
  if (value === undefined) return fallback;
  let n = Math.trunc(+value) || 0;
  if (n < 0) {
    n += len;
    return n > 0 ? n : 0;
  }
  return n < len ? n : len;
}

// ---- numbers ------------------------------------------------------------------

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new (codes().ERR_OUT_OF_RANGE)(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new (codes().ERR_BUFFER_OUT_OF_BOUNDS)();
  throw new (codes().ERR_OUT_OF_RANGE)(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Checks that bytes [offset, offset + size) exist.
function checkBounds(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
}

function readUnsigned(buf, offset, size, littleEndian) {
  checkBounds(buf, offset, size);
  let v = 0;
  if (littleEndian) {
    for (let i = offset + size - 1; i >= offset; i--) v = v * 256 + buf[i];
  } else {
    for (let i = offset; i < offset + size; i++) v = v * 256 + buf[i];
  }
  return v;
}

function readSigned(buf, offset, size, littleEndian) {
  const v = readUnsigned(buf, offset, size, littleEndian);
  const bits = size * 8;
  return v >= 2 ** (bits - 1) ? v - 2 ** bits : v;
}

function rangeText(min, max, size) {
  const n = typeof min === 'bigint' ? 'n' : '';
  if (size <= 4) return `>= ${min}${n} and <= ${max}${n}`;
  const bits = size * 8;
  if (min === 0 || min === 0n) return `>= 0${n} and < 2${n} ** ${bits}${n}`;
  return `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
}

function writeInteger(buf, value, offset, size, littleEndian, signed) {
  value = +value;
  const bits = size * 8;
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  if (value > max || value < min) throw new (codes().ERR_OUT_OF_RANGE)('value', rangeText(min, max, size), value);
  checkBounds(buf, offset, size);
  let v = value < 0 ? Math.trunc(value) + 2 ** bits : Math.trunc(value);
  if (Number.isNaN(v)) v = 0;
  for (let i = 0; i < size; i++) {
    buf[littleEndian ? offset + i : offset + size - 1 - i] = v % 256;
    v = Math.floor(v / 256);
  }
  return offset + size;
}

function checkByteLength(byteLength) {
  if (byteLength !== 1 && byteLength !== 2 && byteLength !== 3 && byteLength !== 4 &&
      byteLength !== 5 && byteLength !== 6) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

const float32 = new Float32Array(1);
const float64 = new Float64Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64Bytes = new Uint8Array(float64.buffer);

function readFloat(buf, offset, bytes, array, littleEndian) {
  checkBounds(buf, offset, bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    bytes[littleEndian ? i : bytes.length - 1 - i] = buf[offset + i];
  }
  return array[0];
}

function writeFloat(buf, value, offset, bytes, array, littleEndian) {
  value = +value;
  checkBounds(buf, offset, bytes.length);
  array[0] = value;
  for (let i = 0; i < bytes.length; i++) {
    buf[offset + i] = bytes[littleEndian ? i : bytes.length - 1 - i];
  }
  return offset + bytes.length;
}

function bigIntTypeError() {
  return new TypeError('Cannot mix BigInt and other types, use explicit conversions');
}

function readBig64(buf, offset, littleEndian, signed) {
  checkBounds(buf, offset, 8);
  const lo = readUnsigned(buf, littleEndian ? offset : offset + 4, 4, littleEndian);
  const hi = readUnsigned(buf, littleEndian ? offset + 4 : offset, 4, littleEndian);
  const v = (BigInt(hi) << 32n) | BigInt(lo);
  return signed ? BigInt.asIntN(64, v) : v;
}

function writeBig64(buf, value, offset, littleEndian, signed) {
  if (typeof value !== 'bigint') throw bigIntTypeError();
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  if (value > max || value < min) throw new (codes().ERR_OUT_OF_RANGE)('value', rangeText(min, max, 8), value);
  checkBounds(buf, offset, 8);
  const u = BigInt.asUintN(64, value);
  const lo = Number(u & 0xffffffffn);
  const hi = Number(u >> 32n);
  writeInteger(buf, lo, littleEndian ? offset : offset + 4, 4, littleEndian, false);
  writeInteger(buf, hi, littleEndian ? offset + 4 : offset, 4, littleEndian, false);
  return offset + 8;
}

// readUIntLE/BE and readIntLE/BE: 1 to 6 bytes, offset required.
function readVariable(buf, offset, byteLength, littleEndian, signed) {
  if (offset === undefined) throw new (codes().ERR_INVALID_ARG_TYPE)('offset', 'number', offset);
  checkByteLength(byteLength);
  return signed ? readSigned(buf, offset, byteLength, littleEndian) : readUnsigned(buf, offset, byteLength, littleEndian);
}

const numberMethods = {
  readUInt8(offset = 0) { return readUnsigned(this, offset, 1, true); },
  readUInt16LE(offset = 0) { return readUnsigned(this, offset, 2, true); },
  readUInt16BE(offset = 0) { return readUnsigned(this, offset, 2, false); },
  readUInt32LE(offset = 0) { return readUnsigned(this, offset, 4, true); },
  readUInt32BE(offset = 0) { return readUnsigned(this, offset, 4, false); },
  readUIntLE(offset, byteLength) { return readVariable(this, offset, byteLength, true, false); },
  readUIntBE(offset, byteLength) { return readVariable(this, offset, byteLength, false, false); },
  readInt8(offset = 0) { return readSigned(this, offset, 1, true); },
  readInt16LE(offset = 0) { return readSigned(this, offset, 2, true); },
  readInt16BE(offset = 0) { return readSigned(this, offset, 2, false); },
  readInt32LE(offset = 0) { return readSigned(this, offset, 4, true); },
  readInt32BE(offset = 0) { return readSigned(this, offset, 4, false); },
  readIntLE(offset, byteLength) { return readVariable(this, offset, byteLength, true, true); },
  readIntBE(offset, byteLength) { return readVariable(this, offset, byteLength, false, true); },
  readBigUInt64LE(offset = 0) { return readBig64(this, offset, true, false); },
  readBigUInt64BE(offset = 0) { return readBig64(this, offset, false, false); },
  readBigInt64LE(offset = 0) { return readBig64(this, offset, true, true); },
  readBigInt64BE(offset = 0) { return readBig64(this, offset, false, true); },
  readFloatLE(offset = 0) { return readFloat(this, offset, float32Bytes, float32, true); },
  readFloatBE(offset = 0) { return readFloat(this, offset, float32Bytes, float32, false); },
  readDoubleLE(offset = 0) { return readFloat(this, offset, float64Bytes, float64, true); },
  readDoubleBE(offset = 0) { return readFloat(this, offset, float64Bytes, float64, false); },

  writeUInt8(value, offset = 0) { return writeInteger(this, value, offset, 1, true, false); },
  writeUInt16LE(value, offset = 0) { return writeInteger(this, value, offset, 2, true, false); },
  writeUInt16BE(value, offset = 0) { return writeInteger(this, value, offset, 2, false, false); },
  writeUInt32LE(value, offset = 0) { return writeInteger(this, value, offset, 4, true, false); },
  writeUInt32BE(value, offset = 0) { return writeInteger(this, value, offset, 4, false, false); },
  writeUIntLE(value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeInteger(this, value, offset, byteLength, true, false);
  },
  writeUIntBE(value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeInteger(this, value, offset, byteLength, false, false);
  },
  writeInt8(value, offset = 0) { return writeInteger(this, value, offset, 1, true, true); },
  writeInt16LE(value, offset = 0) { return writeInteger(this, value, offset, 2, true, true); },
  writeInt16BE(value, offset = 0) { return writeInteger(this, value, offset, 2, false, true); },
  writeInt32LE(value, offset = 0) { return writeInteger(this, value, offset, 4, true, true); },
  writeInt32BE(value, offset = 0) { return writeInteger(this, value, offset, 4, false, true); },
  writeIntLE(value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeInteger(this, value, offset, byteLength, true, true);
  },
  writeIntBE(value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeInteger(this, value, offset, byteLength, false, true);
  },
  writeBigUInt64LE(value, offset = 0) { return writeBig64(this, value, offset, true, false); },
  writeBigUInt64BE(value, offset = 0) { return writeBig64(this, value, offset, false, false); },
  writeBigInt64LE(value, offset = 0) { return writeBig64(this, value, offset, true, true); },
  writeBigInt64BE(value, offset = 0) { return writeBig64(this, value, offset, false, true); },
  writeFloatLE(value, offset = 0) { return writeFloat(this, value, offset, float32Bytes, float32, true); },
  writeFloatBE(value, offset = 0) { return writeFloat(this, value, offset, float32Bytes, float32, false); },
  writeDoubleLE(value, offset = 0) { return writeFloat(this, value, offset, float64Bytes, float64, true); },
  writeDoubleBE(value, offset = 0) { return writeFloat(this, value, offset, float64Bytes, float64, false); },
};
// The declared lengths node gives the fixed-size integer reads.
for (const name of ['readUInt8', 'readUInt16LE', 'readUInt16BE', 'readUInt32LE', 'readUInt32BE', 'readInt8',
  'readInt16LE', 'readInt16BE', 'readInt32LE', 'readInt32BE']) {
  Object.defineProperty(numberMethods[name], 'length', { __proto__: null, value: 1 });
}
defineMethods(proto, numberMethods);
// readUint8 and friends: the lower-case spellings are the same functions.
for (const name of Object.keys(numberMethods)) {
  if (name.includes('UInt')) proto[name.replace('UInt', 'Uint')] = numberMethods[name];
}

// ---- util.inspect -------------------------------------------------------------

function inspectBuffer(buf, recurseTimes, ctx) {
  const max = inspectMaxBytes;
  const shown = Math.min(max, buf.length);
  let str = binding.toString(6, buf, 0, shown, false).replace(/(.{2})/g, '$1 ').trim();
  const remaining = buf.length - max;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Own non-index properties, shown as util.inspect shows an object's.
  if (ctx) {
    const { inspect } = require('internal/util/inspect');
    let extras;
    const keys = ctx.showHidden ? Object.getOwnPropertyNames(buf) : Object.keys(buf);
    for (const key of keys) {
      if (/^(0|[1-9][0-9]*)$/.test(key)) continue;
      if (extras === undefined) extras = {};
      extras[key] = buf[key];
    }
    if (extras !== undefined) {
      const text = inspect(extras, { ...ctx, breakLength: Infinity, compact: true });
      str += `${str ? ', ' : ''}${text.slice(2, -2)}`;
    }
  }
  const name = buf.constructor && typeof buf.constructor.name === 'string' ? buf.constructor.name : 'Buffer';
  return `<${name} ${str}>`;
}
Object.defineProperty(proto, Symbol.for('nodejs.util.inspect.custom'), {
  __proto__: null, value: proto.inspect, writable: true, enumerable: false, configurable: true,
});

// The declared lengths node gives the searches.
for (const name of ['indexOf', 'lastIndexOf', 'includes']) {
  Object.defineProperty(proto[name], 'length', { __proto__: null, value: 4 });
}

// ---- atob / btoa --------------------------------------------------------------

function domException(message, name) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, name);
}

const kNotLatin1 = /[^\u0000-\u00ff]/;
const kAsciiWhitespace = /[\t\n\f\r ]+/g;
const kNotBase64 = /[^A-Za-z0-9+/]/;

function btoa(input) {
  if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('input');
  input = `${input}`;
  if (kNotLatin1.test(input)) throw domException('Invalid character', 'InvalidCharacterError');
  const bytes = binding.encode(2, input, Uint8Array);
  return sliceString(4, bytes, 0, bytes.length);
}

function atob(input) {
  if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('input');
  input = `${input}`.replace(kAsciiWhitespace, '');
  if (input.length % 4 === 0) {
    if (input.endsWith('==')) input = input.slice(0, -2);
    else if (input.endsWith('=')) input = input.slice(0, -1);
  }
  if (kNotBase64.test(input)) throw domException('Invalid character', 'InvalidCharacterError');
  if (input.length % 4 === 1) {
    throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  const bytes = binding.encode(4, input, Uint8Array);
  return binding.toString(2, bytes, 0, bytes.length, false);
}

// ---- transcode, isUtf8, isAscii -----------------------------------------------

const kTranscodable = { __proto__: null, utf8: kUtf8, utf16le: 1, latin1: 2, ascii: 3 };

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw invalidBuffer('source', source);
  if (source.length === 0) return new BufferView();
  const from = kTranscodable[normalizeEncoding(fromEncoding)];
  const to = kTranscodable[normalizeEncoding(toEncoding)];
  if (from === undefined || to === undefined) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  const result = binding.transcode(source, from, to, BufferView);
  if (typeof result === 'number') throw transcodeError('U_INVALID_CHAR_FOUND', result);
  return result;
}

// Node reports ICU's error name and number.
function transcodeError(name, errno) {
  const err = new Error(`Unable to transcode Buffer [${name}]`);
  err.code = name;
  err.errno = errno;
  return err;
}

function validateBytesInput(input) {
  if (isArrayBufferView(input) || isAnyArrayBuffer(input)) return;
  throw new (codes().ERR_INVALID_ARG_TYPE)('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  validateBytesInput(input);
  return binding.isUtf8(input);
}

function isAscii(input) {
  validateBytesInput(input);
  return binding.isAscii(input);
}

// ---- exports ------------------------------------------------------------------

module.exports = {
  Buffer,
  SlowBuffer: require('internal/util/deprecate').deprecate(SlowBuffer,
    'SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()', 'DEP0030'),
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  get INSPECT_MAX_BYTES() { return inspectMaxBytes; },
  set INSPECT_MAX_BYTES(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    inspectMaxBytes = val;
  },
  // Blob and File live in internal/blob, loaded on first use.
  get Blob() { return require('internal/blob').Blob; },
  get resolveObjectURL() { return require('internal/blob').resolveObjectURL; },
  get File() { return require('internal/blob').File; },
};
// As in Node, constants cannot be replaced.
Object.defineProperty(module.exports, 'constants', {
  __proto__: null, value: constants, enumerable: true, writable: false, configurable: false,
});
