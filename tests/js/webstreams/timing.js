'use strict';
// Job (microtask) timing of web stream operations against a chain of
// promise reactions t1, t2, ...: when start/pull/write/transform/flush
// callbacks run and when read/write/close/pipe promises settle.

async function run(name, setup) {
  const log = [];
  let i = 0;
  const tick = () => {
    log.push(`t${++i}`);
    if (i < 9) return Promise.resolve().then(tick);
    return undefined;
  };
  setup(log);
  Promise.resolve().then(tick);
  await new Promise((res) => setTimeout(res, 5));
  console.log(name.padEnd(24), log.join(' '));
}

const queued = () => new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });

(async () => {
  await run('start returns undefined', (log) => new ReadableStream({ pull() { log.push('PULL'); } }));
  await run('start returns promise', (log) => new ReadableStream({
    start() { return Promise.resolve(); }, pull() { log.push('PULL'); } }));
  await run('start returns thenable', (log) => new ReadableStream({
    start() { return { then(r) { r(); } }; }, pull() { log.push('PULL'); } }));
  await run('pull returns promise', (log) => {
    let n = 0;
    new ReadableStream({
      pull(c) {
        log.push('PULL');
        c.enqueue(1);
        if (++n < 3) return Promise.resolve();
        return undefined;
      },
    }, { highWaterMark: 5 });
  });
  await run('reads from queue', (log) => {
    const r = queued().getReader();
    r.read().then(() => log.push('R1'));
    r.read().then(() => log.push('R2'));
    r.read().then(() => log.push('R3'));
    r.closed.then(() => log.push('CLOSED'));
  });
  await run('pending read', (log) => {
    let c;
    const r = new ReadableStream({ start(x) { c = x; } }).getReader();
    r.read().then(() => log.push('R1'));
    c.enqueue(1);
  });
  await run('ws start promise', (log) => {
    const w = new WritableStream({ start() { return Promise.resolve(); }, write() { log.push('WRITE'); } });
    w.getWriter().write(1);
  });
  await run('ws write promises', (log) => {
    const w = new WritableStream({ write() { log.push('WRITE'); return Promise.resolve(); } }).getWriter();
    w.write(1).then(() => log.push('W1'));
    w.write(2).then(() => log.push('W2'));
  });
  await run('ws close', (log) => {
    const w = new WritableStream({ write(c) { log.push(`W${c}`); }, close() { log.push('CLOSE'); } }).getWriter();
    w.write(1).then(() => log.push('w1'));
    w.close().then(() => log.push('closed'));
    w.closed.then(() => log.push('wc'));
  });
  await run('ws abort', (log) => {
    new WritableStream({ abort() { log.push('ABORT'); } }).abort().then(() => log.push('A'));
  });
  await run('rs cancel', (log) => {
    new ReadableStream({ cancel() { log.push('CANCEL'); } }).cancel().then(() => log.push('C'));
  });
  await run('transform', (log) => {
    const t = new TransformStream({ transform(c, ct) { log.push('T'); ct.enqueue(c); } });
    const w = t.writable.getWriter();
    t.readable.getReader().read().then(() => log.push('R'));
    w.write(1).then(() => log.push('W'));
  });
  await run('transform promise', (log) => {
    const t = new TransformStream({
      transform(c, ct) {
        log.push('T');
        ct.enqueue(c);
        return Promise.resolve();
      },
    }, undefined, { highWaterMark: 5 });
    const w = t.writable.getWriter();
    w.write(1).then(() => log.push('W1'));
    w.write(2).then(() => log.push('W2'));
  });
  await run('transform flush', (log) => {
    const t = new TransformStream({ flush() { log.push('F'); } }, undefined, { highWaterMark: 5 });
    t.writable.getWriter().close().then(() => log.push('C'));
  });
  await run('pipeTo', (log) => {
    queued().pipeTo(new WritableStream({ write(c) { log.push(`W${c}`); }, close() { log.push('CLOSE'); } }))
      .then(() => log.push('DONE'));
  });
  await run('pipeThrough', (log) => {
    queued().pipeThrough(new TransformStream({ transform(ch, c) { log.push(`T${ch}`); c.enqueue(ch); } }))
      .pipeTo(new WritableStream({ write(ch) { log.push(`W${ch}`); } })).then(() => log.push('DONE'));
  });
  await run('pipeTo pending read', (log) => {
    let c;
    new ReadableStream({ start(x) { c = x; } }).pipeTo(new WritableStream({ write(ch) { log.push(`W${ch}`); } }));
    c.enqueue(1);
    c.enqueue(2);
    log.push('E');
  });
  await run('pipeTo source error', (log) => {
    new ReadableStream({ pull(c) { c.error(new Error('x')); } })
      .pipeTo(new WritableStream({ abort() { log.push('ABORT'); } })).catch(() => log.push('REJ'));
  });
  await run('pipeTo signal', (log) => {
    const ac = new AbortController();
    new ReadableStream({ cancel() { log.push('CANCEL'); } })
      .pipeTo(new WritableStream({ abort() { log.push('ABORT'); } }), { signal: ac.signal })
      .catch(() => log.push('REJ'));
    ac.abort();
  });
  await run('for await', (log) => {
    (async () => {
      for await (const x of queued()) log.push(`I${x}`);
      log.push('END');
    })();
  });
  await run('next() x3 at once', (log) => {
    const it = queued().values();
    for (let k = 0; k < 3; k++) it.next().then((r) => log.push(r.done ? 'DONE' : `N${r.value}`));
  });
  await run('return()', (log) => {
    queued().values().return().then(() => log.push('R'));
  });
  await run('byob pull', (log) => {
    const r = new ReadableStream({
      type: 'bytes',
      pull(c) {
        log.push('PULL');
        c.byobRequest.view[0] = 1;
        c.byobRequest.respond(1);
      },
    }).getReader({ mode: 'byob' });
    r.read(new Uint8Array(4)).then(() => log.push('R1'));
    r.read(new Uint8Array(4)).then(() => log.push('R2'));
  });
  await run('byob queued', (log) => {
    let c;
    const r = new ReadableStream({ type: 'bytes', start(x) { c = x; } });
    c.enqueue(new Uint8Array(3));
    r.getReader({ mode: 'byob' }).read(new Uint8Array(4)).then(() => log.push('R1'));
  });
  await run('bytes default reader', (log) => {
    const r = new ReadableStream({
      type: 'bytes',
      start(c) { c.enqueue(new Uint8Array(2)); },
      pull(c) {
        log.push('PULL');
        c.enqueue(new Uint8Array(1));
      },
    }).getReader();
    r.read().then(() => log.push('R1'));
    r.read().then(() => log.push('R2'));
  });
  await run('tee', (log) => {
    const [a, b] = queued().tee();
    const ra = a.getReader();
    const rb = b.getReader();
    ra.read().then(() => log.push('A1'));
    rb.read().then(() => log.push('B1'));
    ra.read().then(() => log.push('A2'));
    ra.closed.then(() => log.push('AC'));
    ra.read().then(() => log.push('A3'));
  });
  await run('from array', (log) => {
    const r = ReadableStream.from([1, 2]).getReader();
    for (let k = 0; k < 3; k++) r.read().then((v) => log.push(v.done ? 'RD' : `R${v.value}`));
  });
  await run('from promise values', (log) => {
    const r = ReadableStream.from([Promise.resolve(1), 2]).getReader();
    for (let k = 0; k < 3; k++) r.read().then((v) => log.push(v.done ? 'RD' : `R${v.value}`));
  });
  await run('from async generator', (log) => {
    async function* gen() {
      yield 1;
      yield 2;
    }
    const r = ReadableStream.from(gen()).getReader();
    for (let k = 0; k < 3; k++) r.read().then((v) => log.push(v.done ? 'RD' : `R${v.value}`));
  });
  await run('from async iterator', (log) => {
    let n = 0;
    const iterable = {
      [Symbol.asyncIterator]() {
        return {
          next() {
            log.push('N');
            return Promise.resolve(n < 2 ? { value: ++n, done: false } : { done: true });
          },
        };
      },
    };
    const r = ReadableStream.from(iterable).getReader();
    for (let k = 0; k < 3; k++) r.read().then((v) => log.push(v.done ? 'RD' : `R${v.value}`));
  });
  await run('error with pending read', (log) => {
    let c;
    const r = new ReadableStream({ start(x) { c = x; } }).getReader();
    r.read().catch(() => log.push('R1'));
    r.closed.catch(() => log.push('C'));
    c.error(new Error('x'));
  });
  await run('cancel with pending read', (log) => {
    const r = new ReadableStream({ cancel() { log.push('SC'); } }).getReader();
    r.read().then(() => log.push('R1'));
    r.cancel().then(() => log.push('CA'));
    r.closed.then(() => log.push('C'));
  });
  await run('ws write rejects', (log) => {
    const w = new WritableStream({ write() { return Promise.reject(new Error('w')); } }).getWriter();
    w.write(1).catch(() => log.push('W1'));
    w.write(2).catch(() => log.push('W2'));
    w.closed.catch(() => log.push('C'));
  });
  await run('ws abort in flight', (log) => {
    const w = new WritableStream({
      write() {
        log.push('WS');
        return Promise.resolve();
      },
      abort() { log.push('AB'); },
    }).getWriter();
    w.write(1).then(() => log.push('W1'), () => log.push('W1x'));
    w.abort('r').then(() => log.push('A'));
    w.closed.catch(() => log.push('C'));
  });
  await run('ts readable cancel', (log) => {
    const t = new TransformStream({ cancel() { log.push('TC'); } });
    t.writable.getWriter().closed.catch(() => log.push('WC'));
    t.readable.cancel('x').then(() => log.push('CA'));
  });
  await run('ts writable abort', (log) => {
    const t = new TransformStream({ cancel() { log.push('TC'); } });
    t.readable.getReader().closed.catch(() => log.push('RC'));
    t.writable.abort('x').then(() => log.push('AB'));
  });
  await run('ts terminate', (log) => {
    let c;
    const t = new TransformStream({ start(x) { c = x; } });
    t.readable.getReader().read().then(() => log.push('R'));
    t.writable.getWriter().closed.catch(() => log.push('WC'));
    c.terminate();
  });
  await run('return after next', (log) => {
    const rs = new ReadableStream({ start(c) { c.enqueue(1); }, cancel() { log.push('SC'); } });
    const it = rs.values({ preventCancel: true });
    it.next().then(() => log.push('N'));
    it.return().then(() => log.push('RET'));
  });
  await run('text encoder stream', (log) => {
    const t = new TextEncoderStream();
    t.writable.getWriter().write('a').then(() => log.push('W'));
    t.readable.getReader().read().then(() => log.push('R'));
  });
})();
