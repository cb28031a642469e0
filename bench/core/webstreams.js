'use strict';
// WHATWG streams throughput: 1000 chunks per op through a ReadableStream
// reader, through pipeThrough(TransformStream).pipeTo(WritableStream), via
// for await, and as bytes through a BYOB reader.
const { benchAsync } = require('./harness');

const kChunks = 1000;
const chunk = new Uint8Array(16);

function counting() {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      if (i++ < kChunks) c.enqueue(chunk);
      else c.close();
    },
  }, { highWaterMark: 16 });
}

async function readAll() {
  const r = counting().getReader();
  let n = 0;
  for (;;) {
    const { done, value } = await r.read();
    if (done) return n;
    n += value.length;
  }
}

async function pipeThroughTransform() {
  let n = 0;
  await counting()
    .pipeThrough(new TransformStream({ transform(c, ctl) { ctl.enqueue(c); } }))
    .pipeTo(new WritableStream({ write(c) { n += c.length; } }));
  return n;
}

async function forAwait() {
  let n = 0;
  for await (const c of counting()) n += c.length;
  return n;
}

async function byobRead() {
  let i = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      if (i++ >= kChunks) {
        c.close();
        req.respond(0);
        return;
      }
      req.view[0] = 1;
      req.respond(16);
    },
  });
  const r = rs.getReader({ mode: 'byob' });
  let buf = new Uint8Array(64);
  let n = 0;
  for (;;) {
    const { done, value } = await r.read(buf);
    if (done) return n;
    n += value.length;
    buf = new Uint8Array(value.buffer);
  }
}

(async () => {
  await benchAsync('webstreams reader.read x1000', readAll);
  await benchAsync('webstreams pipeThrough+pipeTo x1000', pipeThroughTransform);
  await benchAsync('webstreams for await x1000', forAwait);
  await benchAsync('webstreams BYOB read x1000', byobRead);
})();
