'use strict';
// A shortcut for write() on streams whose _write is one synchronous system
// call (process.stdout/stderr and the tty streams). When the stream is idle
// (nothing queued or in flight, not corked, ending, destroyed or errored)
// and the chunk is a UTF-8 string or a Uint8Array, the bytes go straight to
// the fd; the general Writable path is taken for everything else. What is
// observable stays the same: callbacks run on a later tick (consecutive
// writes with the same callback share one tick, as in the Writable path),
// write() returns true, and a failed write becomes the stream's 'error'.

const { Writable } = require('internal/streams/writable');
const stdio = internalBinding('stdio');

const slowWrite = Writable.prototype.write;

function idle(ws) {
  return ws !== undefined && ws.length === 0 && !ws.inFlight && ws.corked === 0 && !ws.ending &&
    !ws.destroyed && ws.errored === null && ws.constructed && ws.objectMode === false;
}

// Callbacks waiting for their tick, with the last one's batch open for more.
let lastBatch = null;

function runBatch(batch) {
  if (lastBatch === batch) lastBatch = null;
  for (let i = 0; i < batch.count; i++) batch.cb(null);
}

function queueCallback(cb) {
  if (lastBatch !== null && lastBatch.cb === cb) {
    lastBatch.count++;
    return;
  }
  lastBatch = { cb, count: 1 };
  process.nextTick(runBatch, lastBatch);
}

function emitError(stream, err) {
  stream.emit('error', err);
}

// Makes proto.write take the shortcut; fdOf(stream) gives the fd and
// toError(err) the error a failed write reports.
function installFastWrite(proto, fdOf, toError) {
  const ownWrite = proto._write;
  proto.write = function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    const ws = this._writableState;
    const plain = typeof chunk === 'string' ?
      (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') &&
        (ws !== undefined && (ws.defaultEncoding === 'utf8' || encoding !== undefined)) :
      chunk instanceof Uint8Array;
    if (cb !== undefined && typeof cb !== 'function') return slowWrite.call(this, chunk, encoding, cb);
    // A standard stream destroyed by an earlier error (EPIPE) still tries
    // each write and reports each failure, as node's does.
    const retry = plain && this._isStdio === true && ws !== undefined && ws.destroyed && !ws.ending;
    if (!retry && (!plain || this._write !== ownWrite || !idle(ws))) {
      return slowWrite.call(this, chunk, encoding, cb);
    }
    try {
      stdio.writeSync(fdOf(this), chunk);
    } catch (e) {
      const err = toError(e);
      if (cb !== undefined) process.nextTick(cb, err);
      if (retry) process.nextTick(emitError, this, err);
      else this.destroy(err);
      return false;
    }
    if (cb !== undefined) queueCallback(cb);
    return true;
  };
}

module.exports = { installFastWrite };
