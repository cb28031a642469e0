'use strict';
// The Fetch standard's Body mixin, shared by Request and Response: turning
// a BodyInit into a body ("extract a body"), reading it once (text, json,
// arrayBuffer, bytes, blob, formData) and `body` as a ReadableStream.
//
// A body is kept in the cheapest form it has: bytes, a Blob, or a source of
// chunks (a ReadableStream given by the user, an async iterable, or a
// network response). The ReadableStream behind `.body` is made only when
// someone asks for it, so bodies read whole never build one.

const { Blob, isBlob } = require('internal/blob');
const { isAnyArrayBuffer } = require('internal/util/binary_types');
const { illegalInvocation } = require('internal/fetch/webidl');

let formDataModule;
function formData() {
  if (formDataModule === undefined) formDataModule = require('internal/fetch/form_data');
  return formDataModule;
}

let urlModule;
function url() {
  if (urlModule === undefined) urlModule = require('internal/url');
  return urlModule;
}

// internal/webstreams/readable, or null while Jolt has no web streams.
let webStreams;
function streams() {
  if (webStreams === undefined) {
    webStreams = require.has('internal/webstreams/readable') ? require('internal/webstreams/readable') : null;
  }
  return webStreams;
}

function isReadableStream(value) {
  if (value === null || typeof value !== 'object' || typeof value.getReader !== 'function') return false;
  return streams() !== null && streams().isReadableStream(value);
}

function isDisturbed(stream) {
  return streams().internals.slotsOf(stream).disturbed;
}

let encoder;
function utf8Bytes(text) {
  if (encoder === undefined) encoder = new (require('internal/encoding').TextEncoder)();
  return encoder.encode(text);
}

let decoder;
function utf8Text(bytes) {
  if (decoder === undefined) decoder = new (require('internal/encoding').TextDecoder)();
  return decoder.decode(bytes);
}

function unusable() {
  return new TypeError('Body is unusable: Body has already been read');
}

// What a body is made of. `bytes` (Uint8Array) or `blob` when the whole
// content is known, else `chunks` (an async iterable); `stream` once the
// ReadableStream exists. `length` is the byte count when known.
class BodyState {
  constructor(kind, value, length) {
    this.bytes = kind === 'bytes' ? value : null;
    this.blob = kind === 'blob' ? value : null;
    this.chunks = kind === 'chunks' ? value : null;
    this.stream = kind === 'stream' ? value : null;
    this.length = length;
    this.used = false;
    // For a network body: turns a failure of the source into the error
    // the reader sees.
    this.mapError = null;
  }
}

// Chunk from a user's async iterable or a network source, as bytes.
function chunkBytes(chunk) {
  if (typeof chunk === 'string') return utf8Bytes(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (isAnyArrayBuffer(chunk)) return new Uint8Array(chunk);
  throw new TypeError('Received non-Uint8Array chunk');
}

// "extract a body": { body: BodyState, type: Content-Type or null }.
function extractBody(object) {
  if (typeof object === 'string') {
    const bytes = utf8Bytes(object);
    return { body: new BodyState('bytes', bytes, bytes.length), type: 'text/plain;charset=UTF-8' };
  }
  if (ArrayBuffer.isView(object)) {
    const bytes = new Uint8Array(object.buffer, object.byteOffset, object.byteLength).slice();
    return { body: new BodyState('bytes', bytes, bytes.length), type: null };
  }
  if (isAnyArrayBuffer(object)) {
    const bytes = new Uint8Array(object.slice(0));
    return { body: new BodyState('bytes', bytes, bytes.length), type: null };
  }
  if (isBlob(object)) {
    return { body: new BodyState('blob', object, object.size), type: object.type === '' ? null : object.type };
  }
  if (object !== null && typeof object === 'object') {
    if (object instanceof url().URLSearchParams) {
      const bytes = utf8Bytes(object.toString());
      return {
        body: new BodyState('bytes', bytes, bytes.length),
        type: 'application/x-www-form-urlencoded;charset=UTF-8',
      };
    }
    if (formData().isFormData(object)) {
      const { blob, type } = formData().encodeMultipart(object);
      return { body: new BodyState('blob', blob, blob.size), type };
    }
    if (isReadableStream(object)) {
      if (object.locked) throw new TypeError('Response body object should not be disturbed or locked');
      return { body: new BodyState('stream', object, null), type: null };
    }
    if (typeof object[Symbol.asyncIterator] === 'function') {
      return { body: new BodyState('chunks', object, null), type: null };
    }
  }
  const bytes = utf8Bytes(`${object}`);
  return { body: new BodyState('bytes', bytes, bytes.length), type: 'text/plain;charset=UTF-8' };
}

// bodyUsed: the body was read, or its stream read from.
function isUsed(state) {
  if (state === null) return false;
  if (state.used) return true;
  return state.stream !== null && isDisturbed(state.stream);
}

// Whether the body can no longer be read: used, or its stream locked.
function isUnusable(state) {
  return isUsed(state) || (state !== null && state.stream !== null && state.stream.locked);
}

function bodyChunks(state) {
  if (state.chunks !== null) return state.chunks;
  return (async function* blobChunks() {
    yield state.bytes !== null ? state.bytes : new Uint8Array(await state.blob.arrayBuffer());
  })();
}

function sourceError(state, err) {
  return state.mapError === null ? err : state.mapError(err);
}

// The ReadableStream of a body, made on first use. It pulls from the
// source only when read, so a body whose stream was made but never read
// still counts as unused until then.
function bodyStream(state) {
  if (state === null) return null;
  if (state.stream !== null) return state.stream;
  if (streams() === null) {
    throw new (require('internal/errors').codes.ERR_JOLT_NOT_IMPLEMENTED)('Body.body (ReadableStream)');
  }
  let iterator;
  state.stream = new (streams().ReadableStream)({
    type: 'bytes',
    async pull(controller) {
      if (iterator === undefined) iterator = bodyChunks(state)[Symbol.asyncIterator]();
      let step;
      try {
        step = await iterator.next();
      } catch (err) {
        throw sourceError(state, err);
      }
      const { value, done } = step;
      if (done) {
        controller.close();
        controller.byobRequest?.respond(0);
        return;
      }
      const bytes = chunkBytes(value);
      if (bytes.byteLength > 0) controller.enqueue(bytes.slice());
    },
    cancel(reason) {
      if (iterator === undefined) iterator = bodyChunks(state)[Symbol.asyncIterator]();
      return iterator.return?.(reason);
    },
  });
  return state.stream;
}

function concat(chunks, total) {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

// A node:stream Readable (a response from node:http) is read with its
// events, which costs less than async iteration.
function isNodeReadable(value) {
  return typeof value.on === 'function' && typeof value.resume === 'function' && typeof value.pipe === 'function';
}

function readNodeStream(readable) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let total = 0;
    const onData = (chunk) => {
      const bytes = chunkBytes(chunk);
      chunks.push(bytes);
      total += bytes.byteLength;
    };
    const onEnd = () => {
      cleanup();
      resolve(total === 0 ? new Uint8Array(0) : concat(chunks, total));
    };
    const onError = (err) => {
      cleanup();
      reject(err);
    };
    // Destroyed before the end (an abort): the error, or a premature close.
    const onClose = () => {
      if (readable.readableEnded) return;
      cleanup();
      reject(readable.errored ?? new (require('internal/errors').codes.ERR_STREAM_PREMATURE_CLOSE)());
    };
    function cleanup() {
      readable.removeListener('data', onData);
      readable.removeListener('end', onEnd);
      readable.removeListener('error', onError);
      readable.removeListener('close', onClose);
    }
    readable.on('data', onData);
    readable.on('end', onEnd);
    readable.on('error', onError);
    readable.on('close', onClose);
  });
}

// "fully read" the body: all of its bytes, marking it used.
async function readAllBytes(state) {
  if (state === null) return new Uint8Array(0);
  if (isUnusable(state)) throw unusable();
  state.used = true;
  if (state.stream === null) {
    if (state.bytes !== null) return state.bytes;
    if (state.blob !== null) return new Uint8Array(await state.blob.arrayBuffer());
  }
  if (state.stream === null && isNodeReadable(state.chunks)) {
    return readNodeStream(state.chunks).catch((err) => { throw sourceError(state, err); });
  }
  const chunks = [];
  let total = 0;
  if (state.stream !== null) {
    const reader = state.stream.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      // A stream's chunks must be Uint8Arrays (the Fetch standard).
      if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
      const bytes = value;
      chunks.push(bytes);
      total += bytes.byteLength;
    }
  } else {
    try {
      for await (const chunk of state.chunks) {
        const bytes = chunkBytes(chunk);
        chunks.push(bytes);
        total += bytes.byteLength;
      }
    } catch (err) {
      throw sourceError(state, err);
    }
  }
  return concat(chunks, total);
}

// A copy of the body for clone(): a known body is shared (it never
// changes); a streamed one is teed.
function cloneBody(state) {
  if (state === null) return null;
  if (state.stream === null && state.chunks === null) {
    return new BodyState(state.bytes !== null ? 'bytes' : 'blob', state.bytes ?? state.blob, state.length);
  }
  const [a, b] = bodyStream(state).tee();
  state.stream = a;
  return new BodyState('stream', b, state.length);
}

// Moves a body to a new Request (new Request(request)): the new state has
// the same source, the old one counts as read.
function takeBody(state) {
  const moved = new BodyState('bytes', state.bytes, state.length);
  moved.blob = state.blob;
  moved.chunks = state.chunks;
  moved.stream = state.stream;
  moved.mapError = state.mapError;
  state.used = true;
  return moved;
}

let MIMETypeCtor;
function parseMime(text) {
  if (MIMETypeCtor === undefined) MIMETypeCtor = require('internal/mime').MIMEType;
  try {
    return new MIMETypeCtor(text);
  } catch {
    return null;
  }
}

function toFormData(bytes, contentType) {
  const mime = contentType === null ? null : parseMime(contentType);
  const essence = mime === null ? '' : mime.essence;
  if (essence === 'multipart/form-data') {
    const boundary = mime.params.get('boundary');
    if (boundary === null) {
      throw new TypeError('Failed to parse body as FormData.', {
        cause: new TypeError('missing boundary in content-type header'),
      });
    }
    return formData().parseMultipart(bytes, boundary);
  }
  if (essence === 'application/x-www-form-urlencoded') {
    const { FormData, formDataEntries } = formData();
    const fd = new FormData();
    const list = url().parseUrlencoded(utf8Text(bytes));
    const entries = formDataEntries(fd);
    for (let i = 0; i < list.length; i += 2) entries.push([list[i], list[i + 1]]);
    return fd;
  }
  throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
}

// The consuming methods, in Node's order. `internals(object)` returns
// { body: BodyState|null, headers } or undefined for a foreign object.
function defineBodyMethods(Ctor, internals) {
  const consume = (object, convert) => {
    const slots = internals(object);
    if (slots === undefined) return Promise.reject(illegalInvocation());
    return readAllBytes(slots.body).then((bytes) => convert(bytes, slots));
  };
  const methods = {
    blob() {
      return consume(this, (bytes, slots) => new Blob([bytes], { type: slots.headers.get('content-type') ?? '' }));
    },
    arrayBuffer() {
      return consume(this, (bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    },
    text() {
      return consume(this, utf8Text);
    },
    json() {
      return consume(this, (bytes) => JSON.parse(utf8Text(bytes)));
    },
    formData() {
      return consume(this, (bytes, slots) => toFormData(bytes, slots.headers.get('content-type')));
    },
    bytes() {
      return consume(this, (bytes) => new Uint8Array(bytes.slice()));
    },
  };
  for (const key of Object.keys(methods)) {
    Object.defineProperty(Ctor.prototype, key, {
      __proto__: null, value: methods[key], writable: true, enumerable: true, configurable: true,
    });
  }
}

module.exports = {
  BodyState,
  extractBody,
  isUsed,
  isUnusable,
  bodyStream,
  bodyChunks,
  readAllBytes,
  cloneBody,
  takeBody,
  isReadableStream,
  defineBodyMethods,
  unusable,
};
