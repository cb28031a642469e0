'use strict';
// node:stream/web: the WHATWG stream classes. CompressionStream and
// DecompressionStream are missing until Jolt has zlib.

const readable = require('internal/webstreams/readable');
const writable = require('internal/webstreams/writable');
const transform = require('internal/webstreams/transform');
const strategies = require('internal/webstreams/strategies');
const text = require('internal/webstreams/text');

module.exports = {
  ReadableStream: readable.ReadableStream,
  ReadableStreamTee: readable.ReadableStreamTee,
  ReadableStreamDefaultReader: readable.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: readable.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: readable.ReadableStreamBYOBRequest,
  ReadableByteStreamController: readable.ReadableByteStreamController,
  ReadableStreamDefaultController: readable.ReadableStreamDefaultController,
  TransformStream: transform.TransformStream,
  TransformStreamDefaultController: transform.TransformStreamDefaultController,
  WritableStream: writable.WritableStream,
  WritableStreamDefaultWriter: writable.WritableStreamDefaultWriter,
  WritableStreamDefaultController: writable.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: strategies.ByteLengthQueuingStrategy,
  CountQueuingStrategy: strategies.CountQueuingStrategy,
  TextEncoderStream: text.TextEncoderStream,
  TextDecoderStream: text.TextDecoderStream,
};
