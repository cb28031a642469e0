'use strict';
// ReadableStream with a default controller: start/pull/cancel call order and
// their interleaving with promise reactions, desiredSize, releaseLock,
// error propagation and the locked-stream errors.
const { ReadableStream, ReadableStreamDefaultReader } = require('stream/web');

const log = [];
const say = (...a) => log.push(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));
const fail = (tag) => (e) => say(tag, e.name, e.code, e.message);

async function ordering() {
  let n = 0;
  const rs = new ReadableStream({
    start(c) {
      say('start', c.desiredSize);
      c.enqueue('s');
      say('after enqueue', c.desiredSize);
    },
    pull(c) {
      n++;
      say('pull', n, c.desiredSize);
      if (n === 3) c.close();
      else c.enqueue(`p${n}`);
    },
    cancel() {
      say('cancel (never)');
    },
  }, { highWaterMark: 2 });
  say('constructed');
  Promise.resolve().then(() => say('tick 1')).then(() => say('tick 2')).then(() => say('tick 3'));
  const r = rs.getReader();
  r.closed.then(() => say('closed resolved'));
  for (;;) {
    const res = await r.read();
    say('read', res.done, res.value);
    if (res.done) break;
  }
  say('locked', rs.locked);
  r.releaseLock();
  say('locked after release', rs.locked);
}

async function pendingReads() {
  let ctl;
  const rs = new ReadableStream({ start(c) { ctl = c; } }, { highWaterMark: 0 });
  const r = rs.getReader();
  const a = r.read().then((x) => say('a', x.value));
  const b = r.read().then((x) => say('b', x.value));
  say('desiredSize with 2 reads', ctl.desiredSize);
  ctl.enqueue(1);
  say('enqueued 1');
  ctl.enqueue(2);
  ctl.enqueue(3);
  say('desiredSize with 1 queued', ctl.desiredSize);
  await Promise.all([a, b]);
  const c = r.read();
  const d = r.read();
  r.releaseLock();
  await c.then((x) => say('c', x.value));
  await d.then(() => say('d fulfilled?'), fail('d'));
  await r.closed.then(() => say('closed?'), fail('closed'));
  await r.read().then(() => say('read?'), fail('read after release'));
  await r.cancel().then(() => say('cancel?'), fail('cancel after release'));
  r.releaseLock();
  say('second releaseLock is a no-op');
}

async function errors() {
  const boom = new Error('boom');
  let ctl;
  const rs = new ReadableStream({ start(c) { ctl = c; } });
  const r = rs.getReader();
  const p = r.read();
  ctl.error(boom);
  await p.then(() => say('?'), (e) => say('pending read rejected', e === boom));
  await r.closed.then(() => say('?'), (e) => say('closed rejected', e === boom));
  try { ctl.enqueue(1); } catch (e) { fail('enqueue after error')(e); }
  try { ctl.close(); } catch (e) { fail('close after error')(e); }
  say('desiredSize after error', ctl.desiredSize);
  ctl.error(new Error('ignored'));
  await r.read().then(() => say('?'), (e) => say('read after error', e === boom));

  const rejecting = new ReadableStream({ start() { return Promise.reject(boom); } });
  await rejecting.getReader().read().then(() => say('?'), (e) => say('start rejection errors', e === boom));
  const pullThrows = new ReadableStream({ pull() { throw boom; } });
  await pullThrows.getReader().closed.then(() => say('?'), (e) => say('pull throw errors', e === boom));
  try {
    new ReadableStream({ start() { throw boom; } });
  } catch (e) {
    say('start throw propagates', e === boom);
  }
  const badSize = new ReadableStream({ start(c) { ctl = c; } }, { size() { throw boom; } });
  try { ctl.enqueue(1); } catch (e) { say('size throw', e === boom); }
  await badSize.getReader().closed.catch((e) => say('size throw errors stream', e === boom));
  const nanSize = new ReadableStream({ start(c) { ctl = c; } }, { size() { return NaN; } });
  try { ctl.enqueue(1); } catch (e) { fail('NaN size')(e); }
  say('state after NaN size', require('util').inspect(nanSize));
}

async function cancel() {
  const rs = new ReadableStream({
    start(c) { c.enqueue(1); },
    cancel(reason) {
      say('source cancel', reason);
      return new Promise((res) => setTimeout(() => res('ignored value'), 5));
    },
  });
  const r = rs.getReader();
  const p = r.read();
  const q = r.cancel('why');
  say('cancel returned');
  await p.then((x) => say('read before cancel', x.value));
  await q.then((v) => say('cancel resolved with', v === undefined ? 'undefined' : v));
  await r.read().then((x) => say('read after cancel', x.done));
  r.releaseLock();
  await rs.cancel().then(() => say('cancel when released and closed ok'));
  const locked = new ReadableStream();
  locked.getReader();
  await locked.cancel().then(() => say('?'), fail('cancel locked'));
  const throwing = new ReadableStream({ cancel() { throw new Error('cancel failed'); } });
  await throwing.cancel().then(() => say('?'), (e) => say('cancel throw', e.message));
}

function wrongTypes() {
  const tries = [
    () => new ReadableStream(1),
    () => new ReadableStream({ type: 'nope' }),
    () => new ReadableStream({ pull: 'x' }),
    () => new ReadableStream({}, 1),
    () => new ReadableStream({}, { highWaterMark: -1 }),
    () => new ReadableStream({}, { highWaterMark: NaN }),
    () => new ReadableStream({}, { size: 3 }),
    () => new ReadableStream().getReader({ mode: 'other' }),
    () => new ReadableStream().getReader({ mode: 'byob' }),
    () => ReadableStream.prototype.getReader.call({}),
    () => Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').get.call(1),
    () => new ReadableStreamDefaultReader({}),
    () => { const s = new ReadableStream(); s.getReader(); s.getReader(); },
    () => { const s = new ReadableStream(); s.getReader(); new ReadableStreamDefaultReader(s); },
    () => { const s = new ReadableStream(); s.getReader(); s.tee(); },
    () => { const s = new ReadableStream(); s.getReader(); s.values(); },
    () => new (require('stream/web').ReadableStreamDefaultController)(),
    () => ReadableStreamDefaultReader.prototype.releaseLock.call({}),
  ];
  for (const t of tries) {
    try { t(); say('no throw'); } catch (e) { fail('throws')(e); }
  }
}

(async () => {
  await ordering();
  await pendingReads();
  await errors();
  await cancel();
  wrongTypes();
  await ReadableStream.prototype.cancel.call({}).catch(fail('cancel on non-stream'));
  await ReadableStreamDefaultReader.prototype.read.call({}).catch(fail('read on non-reader'));
  console.log(log.join('\n'));
})();
