'use strict';
// node:stream/consumers: read a whole stream (or async iterable) into one value.

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');

async function collectBytes(stream) {
  const parts = [];
  let size = 0;
  for await (const chunk of stream) {
    const part = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    parts.push(part);
    size += part.byteLength;
  }
  return { parts, size };
}

async function blob(stream) {
  const { parts } = await collectBytes(stream);
  return new Blob(parts);
}

async function arrayBuffer(stream) {
  const u8 = await bytes(stream);
  return u8.buffer.byteLength === u8.byteLength ? u8.buffer : u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.byteLength);
}

async function buffer(stream) {
  const { parts, size } = await collectBytes(stream);
  return Buffer.concat(parts.map((p) => (p instanceof Uint8Array ? p : new Uint8Array(p))), size);
}

async function bytes(stream) {
  const { parts, size } = await collectBytes(stream);
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    const view = p instanceof Uint8Array ? p : new Uint8Array(p.buffer || p, p.byteOffset || 0, p.byteLength);
    out.set(view, at);
    at += view.byteLength;
  }
  return out;
}

async function text(stream) {
  const decoder = new TextDecoder();
  let out = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') {
      out += chunk;
    } else if (ArrayBuffer.isView(chunk) || chunk instanceof ArrayBuffer) {
      out += decoder.decode(chunk, { stream: true });
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], chunk);
    }
  }
  return out + decoder.decode();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, bytes, text, json };
