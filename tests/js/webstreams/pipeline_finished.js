'use strict';
// stream.finished() and stream.pipeline() with web streams as stages: data
// flow, errors from a web source reaching the callback through transforms,
// finished() on closed/errored/aborted web streams.
const { pipeline, finished, Readable, Writable } = require('stream');
const { pipeline: pipelinePromise, finished: finishedPromise } = require('stream/promises');

const upper = () => new TransformStream({ transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); } });

(async () => {
  const got = [];
  await new Promise((res) => {
    pipeline(
      new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } }),
      upper(),
      new Writable({ objectMode: true, write(chunk, e, cb) { got.push(chunk); cb(); } }),
      (err) => {
        console.log('web -> transform -> node', err, got);
        res();
      });
  });

  const written = [];
  await pipelinePromise(Readable.from(['x', 'y']), upper(),
    new WritableStream({ write(chunk) { written.push(chunk); } }));
  console.log('node -> transform -> web', written);

  let ctl;
  const failing = new ReadableStream({ start(c) { ctl = c; } });
  const done = new Promise((res) => {
    pipeline(failing, upper(), upper(), new WritableStream(), (err) => {
      console.log('error through transforms:', err.message);
      res();
    });
  });
  ctl.error(new Error('kaboom'));
  await done;

  const closing = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } });
  finished(closing, (err) => console.log('finished readable', err));
  for await (const unused of closing); // eslint-disable-line no-unused-vars

  const erroring = new ReadableStream({ start(c) { c.error(new Error('bad')); } });
  finished(erroring, (err) => console.log('finished errored readable', err.message));
  const ws = new WritableStream();
  finished(ws, (err) => console.log('finished writable', err));
  await ws.close();
  await finishedPromise(new ReadableStream({ pull(c) { c.error(new Error('promise form')); } }))
    .catch((e) => console.log('finished promise rejects', e.message));
  const ac = new AbortController();
  finished(new ReadableStream(), { signal: ac.signal }, (err) => console.log('aborted watch', err.name));
  ac.abort();
  await new Promise((res) => setTimeout(res, 5));
  // addAbortSignal errors a web stream with an AbortError.
  const signalled = new AbortController();
  const guarded = require('stream').addAbortSignal(signalled.signal,
    new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); } }));
  const guardedReader = guarded.getReader();
  console.log('before abort', (await guardedReader.read()).value);
  signalled.abort();
  await guardedReader.read().catch((e) => console.log('after abort', e.name, e.cause?.name));
  const guardedSink = new WritableStream();
  require('stream').addAbortSignal(AbortSignal.abort(), guardedSink);
  await guardedSink.getWriter().closed.catch((e) => console.log('pre-aborted writable', e.name));

  // compose() and Duplex.from() take web streams too.
  const { compose, Duplex } = require('stream');
  const composed = compose(upper(), new TransformStream({ transform(c, ctl) { ctl.enqueue(`${c}!`); } }));
  const outs = [];
  composed.on('data', (c) => outs.push(String(c)));
  await new Promise((res) => {
    composed.on('end', res);
    composed.end('hey');
  });
  console.log('compose', outs);
  const fromWebPair = Duplex.from(upper());
  fromWebPair.end('duplex.from');
  for await (const c of fromWebPair) console.log('Duplex.from', c);

  try {
    finished({ getReader() {} }, () => {});
  } catch (e) {
    console.log(e.code, e.message);
  }
})();
