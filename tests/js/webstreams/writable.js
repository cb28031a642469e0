'use strict';
// WritableStream: write/close/abort order against the sink, backpressure
// through desiredSize and ready, controller.signal on abort, errors from the
// sink, a throwing size(), releaseLock, and the locked/wrong-type errors.
const { WritableStream, WritableStreamDefaultWriter, CountQueuingStrategy } = require('stream/web');

const log = [];
const say = (...a) => log.push(a.map((x) => (typeof x === 'string' ? x : require('util').inspect(x))).join(' '));
const fail = (tag) => (e) => say(tag, e.name, e.code, e.message);
const later = (ms, v) => new Promise((res) => setTimeout(() => res(v), ms));

async function backpressure() {
  const ws = new WritableStream({
    start() { say('sink start'); },
    write(chunk, c) {
      say('sink write', chunk, c.constructor.name);
      return later(2);
    },
    close() { say('sink close'); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const w = ws.getWriter();
  say('desiredSize', w.desiredSize);
  const writes = [1, 2, 3].map((n) => w.write(n).then(() => say('write resolved', n)));
  say('desiredSize after 3 writes', w.desiredSize);
  w.ready.then(() => say('ready resolved, desiredSize', w.desiredSize));
  Promise.resolve().then(() => say('tick'));
  await Promise.all(writes);
  const closing = w.close();
  say('desiredSize while closing', w.desiredSize);
  await closing;
  say('closed; desiredSize', w.desiredSize, ws);
  await w.closed.then(() => say('writer.closed resolved'));
  await w.write(4).catch(fail('write after close'));
  await w.close().catch(fail('close after close'));
  await ws.abort().catch(fail('abort locked'));
  w.releaseLock();
  await ws.abort('x').then(() => say('abort after close resolves'));
  await ws.close().catch(fail('close closed stream'));
}

async function abort() {
  let signal;
  const ws = new WritableStream({
    start(c) { signal = c.signal; },
    write(chunk) {
      say('writing', chunk);
      return later(2);
    },
    abort(reason) { say('sink abort', reason, 'signal aborted', signal.aborted); },
  });
  signal.addEventListener('abort', () => say('signal abort event', signal.reason));
  const w = ws.getWriter();
  const first = w.write('a').then(() => say('in-flight write resolved'),
    (e) => say('in-flight write rejected with', e));
  const second = w.write('b').catch((e) => say('queued write rejected with', e));
  const aborted = w.abort('stop').then(() => say('abort resolved'));
  const closed = w.closed.catch((e) => say('closed rejected with', e));
  const ready = w.ready.catch((e) => say('ready rejected with', e));
  say('state after abort', ws);
  await Promise.all([first, second, aborted, closed, ready]);
  say('desiredSize after abort', w.desiredSize);
}

async function sinkErrors() {
  const boom = new Error('boom');
  const ws = new WritableStream({ write() { throw boom; } });
  const w = ws.getWriter();
  const closed = w.closed.catch((e) => say('closed rejected', e === boom));
  await w.write(1).catch((e) => say('write rejected', e === boom));
  await w.write(2).catch((e) => say('next write rejected', e === boom));
  await closed;

  let ctl;
  const ws2 = new WritableStream({ start(c) { ctl = c; } });
  const w2 = ws2.getWriter();
  ctl.error(boom);
  await w2.write(1).catch((e) => say('after controller.error', e === boom));
  ctl.error(new Error('ignored'));

  const ws3 = new WritableStream({}, { size() { throw boom; } });
  const w3 = ws3.getWriter();
  await w3.write(1).catch((e) => say('size throw', e === boom));
  say(ws3);

  const ws4 = new WritableStream({ close() { return Promise.reject(boom); } });
  await ws4.close().catch((e) => say('close rejected', e === boom));
  say(ws4);

  const ws5 = new WritableStream({ start() { return Promise.reject(boom); } });
  await ws5.getWriter().closed.catch((e) => say('start rejection', e === boom));
}

async function release() {
  const ws = new WritableStream({}, { highWaterMark: 0 });
  const w = ws.getWriter();
  const ready = w.ready;
  w.releaseLock();
  await ready.catch(fail('ready after release'));
  await w.closed.catch(fail('closed after release'));
  await w.write(1).catch(fail('write after release'));
  await w.close().catch(fail('close after release'));
  await w.abort().catch(fail('abort after release'));
  try { say(w.desiredSize); } catch (e) { fail('desiredSize after release')(e); }
  w.releaseLock();
  const w2 = new WritableStreamDefaultWriter(ws);
  say('new writer locked', ws.locked);
  w2.releaseLock();
}

function wrongTypes() {
  const tries = [
    () => new WritableStream(1),
    () => new WritableStream({ type: 'bytes' }),
    () => new WritableStream({ write: 1 }),
    () => new WritableStream({}, { highWaterMark: -5 }),
    () => new WritableStreamDefaultWriter(1),
    () => { const s = new WritableStream(); s.getWriter(); s.getWriter(); },
    () => new (require('stream/web').WritableStreamDefaultController)(),
    () => WritableStream.prototype.getWriter.call({}),
  ];
  for (const t of tries) {
    try { t(); say('no throw'); } catch (e) { fail('throws')(e); }
  }
}

(async () => {
  await backpressure();
  await abort();
  await sinkErrors();
  await release();
  wrongTypes();
  console.log(log.join('\n'));
})();
