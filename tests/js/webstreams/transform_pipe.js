'use strict';
// TransformStream ordering (start/transform/flush/cancel), backpressure,
// terminate and error; pipeTo with preventClose/preventAbort/preventCancel
// and an AbortSignal; pipeThrough; error and cancel propagation.
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');

const log = [];
const say = (...a) => log.push(a.map((x) => (typeof x === 'string' ? x : require('util').inspect(x))).join(' '));
const fail = (tag) => (e) => say(tag, e.name, e.code, e.message);
const later = (ms, v) => new Promise((res) => setTimeout(() => res(v), ms));

function source(items, extra = {}) {
  return new ReadableStream({
    start(c) {
      for (const x of items) c.enqueue(x);
      if (!extra.open) c.close();
    },
    cancel(reason) { say('source cancel', reason instanceof Error ? reason.message : reason); },
  });
}

function sink(name, extra = {}) {
  const got = [];
  const ws = new WritableStream({
    write(chunk) {
      got.push(chunk);
      if (extra.failOn === chunk) throw new Error(`sink fails on ${chunk}`);
    },
    close() { say(name, 'close', got); },
    abort(reason) {
      say(name, 'abort', reason instanceof Error ? reason.message : reason, extra.quiet ? got.length > 0 : got);
    },
  });
  return ws;
}

async function transform() {
  const ts = new TransformStream({
    start(c) { say('t start', c.desiredSize); },
    transform(chunk, c) {
      say('t transform', chunk, c.desiredSize);
      c.enqueue(chunk.toUpperCase());
      c.enqueue('|');
    },
    flush(c) { say('t flush'); c.enqueue('END'); },
  });
  say(ts);
  const w = ts.writable.getWriter();
  const r = ts.readable.getReader();
  say('writer desiredSize', w.desiredSize);
  const wrote = w.write('a').then(() => say('write a resolved'));
  Promise.resolve().then(() => say('tick 1')).then(() => say('tick 2')).then(() => say('tick 3'));
  say('read', await r.read());
  await wrote;
  say('read', await r.read());
  w.write('b');
  w.close().then(() => say('close resolved'));
  for (;;) {
    const x = await r.read();
    say('read', x);
    if (x.done) break;
  }

  const id = new TransformStream();
  const iw = id.writable.getWriter();
  say('identity backpressure', iw.desiredSize);
  iw.write(1);
  say('after one write', iw.desiredSize);
  await later(1);
  say('still', iw.desiredSize);
  const ir = id.readable.getReader();
  say(await ir.read());
  await iw.ready;
  say('ready again', iw.desiredSize);

  const term = new TransformStream({ transform(chunk, c) { c.enqueue(chunk); c.terminate(); } });
  const tw = term.writable.getWriter();
  const tr = term.readable.getReader();
  tw.write('x').then(() => say('write x resolved'), fail('write x'));
  say('terminated read', await tr.read(), await tr.read());
  await tw.write('y').catch(fail('write after terminate'));

  const boom = new Error('transform boom');
  const bad = new TransformStream({ transform() { throw boom; } });
  const bw = bad.writable.getWriter();
  const br = bad.readable.getReader();
  const read = br.read().catch((e) => say('and errors readable', e === boom));
  await bw.write(1).catch((e) => say('transform throw rejects write', e === boom));
  await read;

  const canceled = new TransformStream({ cancel(reason) { say('transformer cancel', reason); } });
  const cw = canceled.writable.getWriter();
  await canceled.readable.cancel('enough');
  await cw.closed.catch((e) => say('writable errored with', e));

  const aborted = new TransformStream({ cancel(reason) { say('transformer cancel on abort', reason); } });
  const ar = aborted.readable.getReader();
  await aborted.writable.abort('halt');
  await ar.closed.catch((e) => say('readable errored with', e));

  for (const t of [() => new TransformStream(1), () => new TransformStream({}, 1), () => new TransformStream({}, {}, 2),
    () => new TransformStream({ readableType: 'bytes' }),
    () => new TransformStream({ writableType: 'bytes' }), () => new TransformStream({ flush: 1 }),
    () => new (require('stream/web').TransformStreamDefaultController)()]) {
    try { t(); say('no throw'); } catch (e) { fail('throws')(e); }
  }
}

async function pipes() {
  await source(['a', 'b']).pipeTo(sink('plain')).then(() => say('pipe done'));
  await source(['c'], {}).pipeTo(sink('preventClose'), { preventClose: true }).then(() => say('pipe done'));

  const boom = new Error('src boom');
  const erroring = new ReadableStream({ start(c) { c.enqueue('e1'); }, pull(c) { c.error(boom); } });
  await erroring.pipeTo(sink('fwd-error')).catch((e) => say('pipe rejected', e.message));
  const erroring2 = new ReadableStream({ pull(c) { c.error(boom); } });
  const keep = sink('preventAbort');
  await erroring2.pipeTo(keep, { preventAbort: true }).catch((e) => say('pipe rejected', e.message));
  say('dest after preventAbort', keep);

  await source(['x', 'y', 'z'], { open: true }).pipeTo(sink('bad-sink', { failOn: 'y' }))
    .catch((e) => say('pipe rejected', e.message));
  const src = source(['x', 'y'], { open: true });
  await src.pipeTo(sink('bad-sink2', { failOn: 'x' }), { preventCancel: true })
    .catch((e) => say('pipe rejected', e.message));
  say('source after preventCancel', src);

  // The abort comes once the third chunk was pulled (not after a fixed
  // time, which a loaded machine would make flaky).
  const ac = new AbortController();
  let pulls = 0;
  let thirdPull;
  const pulledThree = new Promise((res) => { thirdPull = res; });
  const slow = new ReadableStream({
    async pull(c) {
      await later(1);
      c.enqueue('tick');
      if (++pulls === 3) thirdPull();
    },
    cancel(reason) { say('slow cancel', reason.name); },
  });
  const piping = slow.pipeTo(sink('signal', { quiet: true }), { signal: ac.signal });
  await pulledThree;
  ac.abort();
  await piping.catch((e) => say('abort rejected', e.name, e.message, e.code));

  const pre = AbortController.abort ? AbortSignal.abort('already') : undefined;
  await source(['p']).pipeTo(sink('pre-aborted'), { signal: pre }).catch((e) => say('pre-aborted rejected', e));

  const closedDest = new WritableStream();
  await closedDest.close();
  await source(['q'], { open: true }).pipeTo(closedDest).catch(fail('closed dest'));

  const out = [];
  await source(['hello', 'world'])
    .pipeThrough(new TransformStream({ transform(chunk, c) { c.enqueue(chunk.length); } }))
    .pipeTo(new WritableStream({ write(c) { out.push(c); } }));
  say('pipeThrough', out);

  const locked = source([]);
  locked.getReader();
  await locked.pipeTo(sink('never')).catch(fail('locked source'));
  try { locked.pipeThrough(new TransformStream()); } catch (e) { fail('pipeThrough locked')(e); }
  try { source([]).pipeThrough({ readable: 1 }); } catch (e) { fail('pipeThrough bad')(e); }
  await source([]).pipeTo({}).catch(fail('pipeTo bad'));
  await source([]).pipeTo(sink('n'), { signal: {} }).catch(fail('pipeTo bad signal'));
}

(async () => {
  await transform();
  await pipes();
  console.log(log.join('\n'));
})();
