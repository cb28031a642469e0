'use strict';
// TextEncoderStream and TextDecoderStream (WHATWG Encoding, "interface
// mixin GenericTransformStream"): a TransformStream around TextEncoder /
// TextDecoder.

const { kInspect, invalidThis, inspectFields, webIdlClass, codes } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transform');
const { TextEncoder, TextDecoder } = require('internal/encoding');

let encoderSlots;
let decoderSlots;

class TextEncoderStream {
  #s;

  static {
    encoderSlots = (o) => (o !== null && typeof o === 'object' && #s in o ? o.#s : undefined);
  }

  constructor() {
    const encoder = new TextEncoder();
    // A high surrogate at the end of a chunk waits for the next chunk.
    let pendingHigh = '';
    this.#s = new TransformStream({
      transform(chunk, controller) {
        let text = pendingHigh + `${chunk}`;
        pendingHigh = '';
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xD800 && last <= 0xDBFF) {
          pendingHigh = text.slice(-1);
          text = text.slice(0, -1);
        }
        if (text.length !== 0) controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        if (pendingHigh !== '') controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
      },
    });
  }

  get encoding() {
    if (encoderSlots(this) === undefined) throw invalidThis('TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    const ts = encoderSlots(this);
    if (ts === undefined) throw invalidThis('TextEncoderStream');
    return ts.readable;
  }

  get writable() {
    const ts = encoderSlots(this);
    if (ts === undefined) throw invalidThis('TextEncoderStream');
    return ts.writable;
  }

  [kInspect](depth, options) {
    const ts = encoderSlots(this);
    if (ts === undefined) throw invalidThis('TextEncoderStream');
    return inspectFields(this, 'TextEncoderStream', {
      encoding: 'utf-8', readable: ts.readable, writable: ts.writable,
    }, depth, options);
  }
}
webIdlClass(TextEncoderStream, 'TextEncoderStream', ['encoding', 'readable', 'writable']);

class TextDecoderStream {
  #s;

  static {
    decoderSlots = (o) => (o !== null && typeof o === 'object' && #s in o ? o.#s : undefined);
  }

  constructor(encoding = 'utf-8', options = undefined) {
    const decoder = new TextDecoder(encoding, options);
    const stream = new TransformStream({
      transform(chunk, controller) {
        if (!ArrayBuffer.isView(chunk) && !(chunk instanceof ArrayBuffer) &&
          !(typeof SharedArrayBuffer === 'function' && chunk instanceof SharedArrayBuffer)) {
          throw new codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], chunk);
        }
        const text = decoder.decode(chunk, { stream: true });
        if (text.length !== 0) controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text.length !== 0) controller.enqueue(text);
      },
    });
    this.#s = { decoder, stream };
  }

  get encoding() {
    return slots(this).decoder.encoding;
  }

  get fatal() {
    return slots(this).decoder.fatal;
  }

  get ignoreBOM() {
    return slots(this).decoder.ignoreBOM;
  }

  get readable() {
    return slots(this).stream.readable;
  }

  get writable() {
    return slots(this).stream.writable;
  }

  [kInspect](depth, options) {
    const { decoder, stream } = slots(this);
    return inspectFields(this, 'TextDecoderStream', {
      encoding: decoder.encoding, fatal: decoder.fatal, ignoreBOM: decoder.ignoreBOM,
      readable: stream.readable, writable: stream.writable,
    }, depth, options);
  }
}
webIdlClass(TextDecoderStream, 'TextDecoderStream', ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);

function slots(self) {
  const s = decoderSlots(self);
  if (s === undefined) throw invalidThis('TextDecoderStream');
  return s;
}

module.exports = { TextEncoderStream, TextDecoderStream };
