'use strict';
// addAbortSignal(signal, stream): aborting the signal destroys the stream
// with an AbortError.

const { codes, AbortError } = require('internal/errors');
const { isStreamLike, isWebStreamLike } = require('internal/streams/shared');

function isSignal(v) {
  return v != null && typeof v === 'object' && typeof v.aborted === 'boolean' &&
    typeof v.addEventListener === 'function';
}

function addAbortSignal(signal, stream) {
  if (!isSignal(signal)) throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  if (isWebStreamLike(stream)) {
    return require('internal/webstreams/adapters').addAbortSignalWeb(signal, stream);
  }
  if (!isStreamLike(stream)) {
    throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const kill = () => {
    const reason = signal.reason;
    stream.destroy(new AbortError(undefined, { cause: reason }));
  };
  if (signal.aborted) {
    kill();
  } else {
    signal.addEventListener('abort', kill, { once: true });
    require('internal/streams/finished').finished(stream, () => signal.removeEventListener('abort', kill));
  }
  return stream;
}

module.exports = { addAbortSignal, isSignal };
